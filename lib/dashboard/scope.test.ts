import { describe, expect, it } from 'vitest';
import { decide, type Actor } from '@/lib/auth/policy';
import { requestedScope } from './scope';

const staff = (role: 'counsellor' | 'team_lead' | 'admin', leads: string[] = []): Actor => ({
  kind: 'staff',
  staffId: 's',
  name: 's',
  role,
  isActive: true,
  teamIds: leads,
  leadsTeamIds: leads,
});
const allowed = (actor: Actor, audience: 'team' | 'admin', office?: string) =>
  requestedScope(actor, audience, office).resources.every(
    (r) => decide(actor, 'team.dashboard', r).allowed,
  );

describe('requestedScope', () => {
  it('gives a team lead the teams they lead, and no admin scope', () => {
    const lead = staff('team_lead', ['t1', 't2']);
    expect(requestedScope(lead, 'team', undefined).scope).toEqual({
      kind: 'teams',
      teamIds: ['t1', 't2'],
    });
    expect(allowed(lead, 'team')).toBe(true);
    expect(allowed(lead, 'admin', 'nrw')).toBe(false);
    expect(allowed(lead, 'admin', 'office-a')).toBe(false);
  });
  it('gives an admin one office or all NRW', () => {
    const admin = staff('admin');
    expect(requestedScope(admin, 'admin', 'office-a').scope).toEqual({
      kind: 'office',
      officeId: 'office-a',
    });
    expect(requestedScope(admin, 'admin', 'nrw').scope).toEqual({ kind: 'nrw' });
    expect(requestedScope(admin, 'admin', undefined).scope).toEqual({ kind: 'nrw' });
    expect(allowed(admin, 'admin', 'office-a')).toBe(true);
  });
  it('refuses counsellors and leads without a team', () => {
    expect(allowed(staff('counsellor'), 'team')).toBe(false);
    expect(allowed(staff('team_lead'), 'team')).toBe(false);
    expect(allowed({ kind: 'anonymous' }, 'team')).toBe(false);
  });
});
