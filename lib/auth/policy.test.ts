import { describe, expect, it } from 'vitest';
import { hashToken } from '@/lib/booking/manage-token';
import { allActions, decide, type Action, type Actor, type Resource } from './policy';

/**
 * Every actor × every action × every kind of resource, against a table written out by
 * hand: what is allowed, and how everything else is refused (401 sign in, 403 not
 * allowed, 404 may not even know it exists).
 */
const tokenOfX = 'manage-token-of-booking-x';
const tokenOfY = 'manage-token-of-booking-y';
const feedTokenOfC1 = 'calendar-feed-token-of-c1';

const staff = (
  staffId: string,
  role: 'counsellor' | 'team_lead' | 'admin',
  teams: { member?: string[]; leads?: string[] } = {},
  isActive = true,
): Actor => ({
  kind: 'staff',
  staffId,
  name: staffId,
  role,
  isActive,
  teamIds: [...(teams.member ?? []), ...(teams.leads ?? [])],
  leadsTeamIds: teams.leads ?? [],
});

const actors = {
  anonymous: { kind: 'anonymous' },
  tokenOfX: { kind: 'manage-token', token: tokenOfX },
  tokenOfY: { kind: 'manage-token', token: tokenOfY },
  clientOfX: { kind: 'client', email: 'anna@example.org' },
  otherClient: { kind: 'client', email: 'bert@example.org' },
  counsellorOfX: staff('c1', 'counsellor', { member: ['team-a'] }),
  colleagueInTeamA: staff('c2', 'counsellor', { member: ['team-a'] }),
  counsellorInTeamB: staff('c3', 'counsellor', { member: ['team-b'] }),
  leadOfTeamA: staff('l1', 'team_lead', { leads: ['team-a'] }),
  leadOfTeamB: staff('l2', 'team_lead', { leads: ['team-b'] }),
  admin: staff('a1', 'admin'),
  deactivatedCounsellorOfX: staff('c1', 'counsellor', { member: ['team-a'] }, false),
  feedOfC1: { kind: 'feed-token', token: feedTokenOfC1 },
  otherFeed: { kind: 'feed-token', token: 'calendar-feed-token-of-someone-else' },
} satisfies Record<string, Actor>;
type ActorName = keyof typeof actors;

const resources = {
  bookingX: {
    type: 'booking',
    booking: {
      counsellorId: 'c1',
      counsellorTeamIds: ['team-a'],
      clientEmail: 'anna@example.org',
      manageTokenHash: hashToken(tokenOfX),
    },
  },
  calendarOfC1: {
    type: 'counsellor',
    staffId: 'c1',
    teamIds: ['team-a'],
    feedTokenHash: hashToken(feedTokenOfC1),
  },
  teamA: { type: 'team', teamId: 'team-a' },
  allNrw: { type: 'region', officeId: null },
  administration: { type: 'administration' },
  workspace: { type: 'workspace' },
  bookingsOfAnna: { type: 'client-bookings', email: 'anna@example.org' },
} satisfies Record<string, Resource>;
type ResourceName = keyof typeof resources;

type Denial = 'unauthenticated' | 'forbidden' | 'not-found';
type Rule = { allow: Action[]; otherwise: Denial };

const clientSide: Action[] = [
  'booking.read',
  'booking.reschedule',
  'booking.change-channel',
  'booking.cancel',
  'booking.join-video',
  'booking.set-notes-consent',
];
const admin: Action[] = [
  'staff.manage',
  'team.manage',
  'office.manage',
  'meeting-point.manage',
  'service.manage',
  'settings.manage',
  'audit.read',
  'notifications.manage',
];
const none: Action[] = [];
const ownCalendar: Action[] = ['calendar.read', 'availability.edit'];
/** The feed's secret is the counsellor's own business: their lead may not replace it. */
const selfCalendar: Action[] = [...ownCalendar, 'calendar.manage-feed', 'calendar.manage-sync'];
const leadOfTeam: Action[] = ['roster.read', 'roster.edit', 'team.dashboard', 'team.cover'];

/** Staff resources: sign in first (401), or, signed in as a client, not allowed (403). */
const staffOnly = (otherwise: Denial = 'unauthenticated'): Rule => ({ allow: none, otherwise });

const table: Record<ActorName, Record<ResourceName, Rule>> = {
  anonymous: {
    bookingX: { allow: none, otherwise: 'not-found' },
    calendarOfC1: staffOnly(),
    teamA: staffOnly(),
    allNrw: staffOnly(),
    administration: staffOnly(),
    workspace: staffOnly(),
    bookingsOfAnna: staffOnly(),
  },
  tokenOfX: {
    bookingX: { allow: clientSide, otherwise: 'forbidden' },
    calendarOfC1: staffOnly(),
    teamA: staffOnly(),
    allNrw: staffOnly(),
    administration: staffOnly(),
    workspace: staffOnly(),
    bookingsOfAnna: staffOnly(),
  },
  tokenOfY: {
    bookingX: { allow: none, otherwise: 'not-found' },
    calendarOfC1: staffOnly(),
    teamA: staffOnly(),
    allNrw: staffOnly(),
    administration: staffOnly(),
    workspace: staffOnly(),
    bookingsOfAnna: staffOnly(),
  },
  clientOfX: {
    bookingX: { allow: clientSide, otherwise: 'forbidden' },
    calendarOfC1: staffOnly('forbidden'),
    teamA: staffOnly('forbidden'),
    allNrw: staffOnly('forbidden'),
    administration: staffOnly('forbidden'),
    workspace: staffOnly('forbidden'),
    bookingsOfAnna: { allow: ['client-bookings.list'], otherwise: 'forbidden' },
  },
  otherClient: {
    bookingX: { allow: none, otherwise: 'not-found' },
    calendarOfC1: staffOnly('forbidden'),
    teamA: staffOnly('forbidden'),
    allNrw: staffOnly('forbidden'),
    administration: staffOnly('forbidden'),
    workspace: staffOnly('forbidden'),
    bookingsOfAnna: { allow: none, otherwise: 'forbidden' },
  },
  counsellorOfX: {
    bookingX: {
      allow: [
        'booking.read',
        'booking.cancel',
        'booking.join-video',
        'booking.admit-video',
        'booking.record-outcome',
        'booking.write-note',
        'booking.book-follow-up',
        'booking.refer',
      ],
      otherwise: 'forbidden',
    },
    calendarOfC1: { allow: selfCalendar, otherwise: 'forbidden' },
    teamA: { allow: ['roster.read'], otherwise: 'forbidden' },
    allNrw: { allow: none, otherwise: 'forbidden' },
    administration: { allow: none, otherwise: 'forbidden' },
    workspace: { allow: ['workspace.open'], otherwise: 'forbidden' },
    bookingsOfAnna: { allow: none, otherwise: 'forbidden' },
  },
  colleagueInTeamA: {
    bookingX: { allow: none, otherwise: 'not-found' },
    calendarOfC1: { allow: none, otherwise: 'forbidden' },
    teamA: { allow: ['roster.read'], otherwise: 'forbidden' },
    allNrw: { allow: none, otherwise: 'forbidden' },
    administration: { allow: none, otherwise: 'forbidden' },
    workspace: { allow: ['workspace.open'], otherwise: 'forbidden' },
    bookingsOfAnna: { allow: none, otherwise: 'forbidden' },
  },
  counsellorInTeamB: {
    bookingX: { allow: none, otherwise: 'not-found' },
    calendarOfC1: { allow: none, otherwise: 'forbidden' },
    teamA: { allow: none, otherwise: 'forbidden' },
    allNrw: { allow: none, otherwise: 'forbidden' },
    administration: { allow: none, otherwise: 'forbidden' },
    workspace: { allow: ['workspace.open'], otherwise: 'forbidden' },
    bookingsOfAnna: { allow: none, otherwise: 'forbidden' },
  },
  leadOfTeamA: {
    bookingX: {
      allow: [
        'booking.read',
        'booking.reschedule',
        'booking.cancel',
        'booking.reassign',
        'booking.refer',
      ],
      otherwise: 'forbidden',
    },
    calendarOfC1: { allow: ownCalendar, otherwise: 'forbidden' },
    teamA: { allow: leadOfTeam, otherwise: 'forbidden' },
    allNrw: { allow: none, otherwise: 'forbidden' },
    administration: { allow: none, otherwise: 'forbidden' },
    workspace: { allow: ['workspace.open'], otherwise: 'forbidden' },
    bookingsOfAnna: { allow: none, otherwise: 'forbidden' },
  },
  leadOfTeamB: {
    bookingX: { allow: none, otherwise: 'not-found' },
    calendarOfC1: { allow: none, otherwise: 'forbidden' },
    teamA: { allow: none, otherwise: 'forbidden' },
    allNrw: { allow: none, otherwise: 'forbidden' },
    administration: { allow: none, otherwise: 'forbidden' },
    workspace: { allow: ['workspace.open'], otherwise: 'forbidden' },
    bookingsOfAnna: { allow: none, otherwise: 'forbidden' },
  },
  admin: {
    // Administration is not casework: an admin does not read clients' appointments.
    bookingX: { allow: none, otherwise: 'not-found' },
    calendarOfC1: { allow: none, otherwise: 'forbidden' },
    teamA: { allow: ['team.dashboard'], otherwise: 'forbidden' },
    allNrw: { allow: ['team.dashboard'], otherwise: 'forbidden' },
    administration: { allow: admin, otherwise: 'forbidden' },
    workspace: { allow: ['workspace.open'], otherwise: 'forbidden' },
    bookingsOfAnna: { allow: none, otherwise: 'forbidden' },
  },
  deactivatedCounsellorOfX: {
    bookingX: { allow: none, otherwise: 'not-found' },
    calendarOfC1: { allow: none, otherwise: 'forbidden' },
    teamA: { allow: none, otherwise: 'forbidden' },
    allNrw: { allow: none, otherwise: 'forbidden' },
    administration: { allow: none, otherwise: 'forbidden' },
    workspace: { allow: none, otherwise: 'forbidden' },
    bookingsOfAnna: { allow: none, otherwise: 'forbidden' },
  },
  // A calendar app with the feed URL: that feed only; a wrong secret looks like no feed.
  feedOfC1: {
    bookingX: { allow: none, otherwise: 'not-found' },
    calendarOfC1: { allow: ['calendar.read-feed'], otherwise: 'forbidden' },
    teamA: staffOnly(),
    allNrw: staffOnly(),
    administration: staffOnly(),
    workspace: staffOnly(),
    bookingsOfAnna: staffOnly(),
  },
  otherFeed: {
    bookingX: { allow: none, otherwise: 'not-found' },
    calendarOfC1: { allow: none, otherwise: 'not-found' },
    teamA: staffOnly(),
    allNrw: staffOnly(),
    administration: staffOnly(),
    workspace: staffOnly(),
    bookingsOfAnna: staffOnly(),
  },
};

const cases = (Object.keys(actors) as ActorName[]).flatMap((actorName) =>
  (Object.keys(resources) as ResourceName[]).flatMap((resourceName) =>
    allActions.map((action) => {
      const rule = table[actorName][resourceName];
      const expected = rule.allow.includes(action) ? 'allowed' : rule.otherwise;
      return { actorName, resourceName, action, expected };
    }),
  ),
);

describe('decide: every actor × action × resource', () => {
  it('covers the whole table', () => {
    expect(cases.length).toBe(
      Object.keys(actors).length * Object.keys(resources).length * allActions.length,
    );
  });

  it.each(cases)('$actorName · $action · $resourceName → $expected', (c) => {
    const decision = decide(actors[c.actorName], c.action, resources[c.resourceName]);
    expect(decision.allowed ? 'allowed' : decision.denial).toBe(c.expected);
  });
});

describe('decide: the cases the issue names', () => {
  it('a counsellor cannot read a booking of another team, and does not learn it exists', () => {
    expect(decide(actors.counsellorInTeamB, 'booking.read', resources.bookingX)).toEqual({
      allowed: false,
      denial: 'not-found',
    });
  });

  it('a team lead of team A cannot change the roster of team B', () => {
    const teamB: Resource = { type: 'team', teamId: 'team-b' };
    expect(decide(actors.leadOfTeamA, 'roster.edit', teamB)).toEqual({
      allowed: false,
      denial: 'forbidden',
    });
    expect(decide(actors.leadOfTeamB, 'roster.edit', teamB).allowed).toBe(true);
  });

  it('a manage token for booking Y does not open booking X', () => {
    expect(decide(actors.tokenOfY, 'booking.cancel', resources.bookingX)).toEqual({
      allowed: false,
      denial: 'not-found',
    });
  });

  it('an anonymous request to a staff resource must sign in (401)', () => {
    expect(decide(actors.anonymous, 'calendar.read', resources.calendarOfC1)).toEqual({
      allowed: false,
      denial: 'unauthenticated',
    });
  });

  it('a deactivated account is refused everything, even its own bookings', () => {
    for (const action of allActions) {
      expect(decide(actors.deactivatedCounsellorOfX, action, resources.bookingX).allowed).toBe(
        false,
      );
    }
  });

  it('a feed URL stops working once the feed is gone or the account is inactive', () => {
    const withoutFeed: Resource = { type: 'counsellor', staffId: 'c1', teamIds: ['team-a'] };
    expect(decide(actors.feedOfC1, 'calendar.read-feed', withoutFeed)).toEqual({
      allowed: false,
      denial: 'not-found',
    });
    const inactive: Resource = { ...withoutFeed, feedTokenHash: null };
    expect(decide(actors.feedOfC1, 'calendar.read-feed', inactive).allowed).toBe(false);
  });

  it('the team_lead role alone leads no team: only a lead membership does', () => {
    const leadWithoutTeam = staff('l3', 'team_lead', { member: ['team-a'] });
    expect(decide(leadWithoutTeam, 'roster.edit', resources.teamA).allowed).toBe(false);
    const counsellorMarkedLead = staff('c9', 'counsellor', { leads: ['team-a'] });
    expect(decide(counsellorMarkedLead, 'roster.edit', resources.teamA).allowed).toBe(false);
  });
});
