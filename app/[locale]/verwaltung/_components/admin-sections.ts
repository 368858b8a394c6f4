import { decide, type Action, type Resource, type StaffActor } from '@/lib/auth/policy';

const administration: Resource = { type: 'administration' };

/**
 * The administration's areas: where they live and what the policy must allow (on the
 * administration, unless a section names its own resource).
 */
export const adminSections = [
  { key: 'staff', href: '/verwaltung/mitarbeitende', action: 'staff.manage' },
  { key: 'teams', href: '/verwaltung/teams', action: 'team.manage' },
  { key: 'offices', href: '/verwaltung/dienststellen', action: 'office.manage' },
  { key: 'services', href: '/verwaltung/angebote', action: 'service.manage' },
  {
    key: 'dashboard',
    href: '/verwaltung/auswertung',
    action: 'team.dashboard',
    resource: { type: 'region', officeId: null },
  },
  { key: 'audit', href: '/verwaltung/protokoll', action: 'audit.read' },
  { key: 'messages', href: '/verwaltung/nachrichten', action: 'notifications.manage' },
] as const satisfies readonly {
  key: string;
  href: string;
  action: Action;
  resource?: Resource;
}[];

export type AdminSectionKey = (typeof adminSections)[number]['key'] | 'overview';

export function isSectionVisible(
  actor: StaffActor,
  section: (typeof adminSections)[number],
): boolean {
  const resource = 'resource' in section ? section.resource : administration;
  return decide(actor, section.action, resource).allowed;
}
