import { timingSafeEqual } from 'node:crypto';
import type { StaffRole } from '@/db/schema/enums';
import { hashToken } from '@/lib/booking/manage-token';

/**
 * Who is asking. Resolved per request from the database (lib/auth/session), so a
 * changed role or a deactivated account takes effect on the next request.
 */
export type Actor =
  | { kind: 'anonymous' }
  /** Someone holding a booking's manage link (no account). */
  | { kind: 'manage-token'; token: string }
  /** A client signed in by email link: the bookings made with this address are theirs. */
  | { kind: 'client'; email: string }
  /** A calendar app holding a counsellor's personal feed URL (no account, no session). */
  | { kind: 'feed-token'; token: string }
  | {
      kind: 'staff';
      staffId: string;
      name: string;
      role: StaffRole;
      isActive: boolean;
      /** Teams the person belongs to, and the subset they lead. */
      teamIds: readonly string[];
      leadsTeamIds: readonly string[];
    };

export type StaffActor = Extract<Actor, { kind: 'staff' }>;

/** What the policy needs to know about a booking: its parties, never its content. */
export type BookingSubject = {
  counsellorId: string;
  counsellorTeamIds: readonly string[];
  clientEmail: string;
  manageTokenHash: string;
};

export type Resource =
  | { type: 'booking'; booking: BookingSubject }
  /**
   * A counsellor's calendar and availability; `feedTokenHash` is the SHA-256 of their
   * calendar feed's secret, null when they have none or their account is inactive.
   */
  | {
      type: 'counsellor';
      staffId: string;
      teamIds: readonly string[];
      feedTokenHash?: string | null;
    }
  | { type: 'team'; teamId: string }
  /** Figures of one office (or of all NRW: null) across teams: the admins' dashboard. */
  | { type: 'region'; officeId: string | null }
  | { type: 'client-bookings'; email: string }
  | { type: 'administration' }
  | { type: 'workspace' };

const bookingActions = [
  'booking.read',
  'booking.reschedule',
  'booking.change-channel',
  'booking.cancel',
  'booking.join-video',
  'booking.admit-video',
  'booking.record-outcome',
  'booking.write-note',
  /** A next appointment for the same client with the same counsellor. */
  'booking.book-follow-up',
  'booking.reassign',
  /** Book the client an appointment at the other provider (warm hand-over, with consent). */
  'booking.refer',
  /** The client's yes or no to a colleague who takes over reading the notes. */
  'booking.set-notes-consent',
] as const;
const counsellorActions = ['calendar.read', 'availability.edit'] as const;
/**
 * The personal calendar feed: reading it takes the feed's secret (a calendar app has no
 * session); creating, regenerating or ending it is for the counsellor alone, not their lead.
 * The same holds for connecting their own CalDAV calendar (their credentials).
 */
const feedActions = ['calendar.read-feed', 'calendar.manage-feed', 'calendar.manage-sync'] as const;
/** `team.cover`: the team's appointments hit by absences, and reassigning them. */
const teamActions = ['roster.read', 'roster.edit', 'team.dashboard', 'team.cover'] as const;
const administrationActions = [
  'staff.manage',
  'team.manage',
  'office.manage',
  'meeting-point.manage',
  'service.manage',
  'settings.manage',
  'audit.read',
  /** The notification queue: see sent, pending and failed messages, send a failed one again. */
  'notifications.manage',
] as const;

export type BookingAction = (typeof bookingActions)[number];
export type CounsellorAction = (typeof counsellorActions)[number];
export type FeedAction = (typeof feedActions)[number];
export type TeamAction = (typeof teamActions)[number];
export type AdministrationAction = (typeof administrationActions)[number];
export type Action =
  | BookingAction
  | CounsellorAction
  | FeedAction
  | TeamAction
  | AdministrationAction
  | 'client-bookings.list'
  | 'workspace.open';

export const allActions: readonly Action[] = [
  ...bookingActions,
  ...counsellorActions,
  ...feedActions,
  ...teamActions,
  ...administrationActions,
  'client-bookings.list',
  'workspace.open',
];

/**
 * Allowed, or why not: `unauthenticated` (sign in first, 401), `forbidden` (signed in but
 * not allowed, 403) or `not-found` (404: the caller may not even learn that it exists).
 */
export type Decision =
  { allowed: true } | { allowed: false; denial: 'unauthenticated' | 'forbidden' | 'not-found' };

const allow: Decision = { allowed: true };
const notFound: Decision = { allowed: false, denial: 'not-found' };
const forbidden: Decision = { allowed: false, denial: 'forbidden' };
const unauthenticated: Decision = { allowed: false, denial: 'unauthenticated' };

/** What the client side of a booking may do with it, by manage link or by session. */
const clientBookingActions: ReadonlySet<Action> = new Set<BookingAction>([
  'booking.read',
  'booking.reschedule',
  'booking.change-channel',
  'booking.cancel',
  'booking.join-video',
  'booking.set-notes-consent',
]);

/** What a counsellor may do with their own appointments. */
const ownBookingActions: ReadonlySet<Action> = new Set<BookingAction>([
  'booking.read',
  'booking.cancel',
  'booking.join-video',
  'booking.admit-video',
  'booking.record-outcome',
  'booking.write-note',
  'booking.book-follow-up',
  'booking.refer',
]);

/** What a team lead may do with the appointments of the counsellors they lead. */
const ledBookingActions: ReadonlySet<Action> = new Set<BookingAction>([
  'booking.read',
  'booking.reschedule',
  'booking.cancel',
  'booking.reassign',
  'booking.refer',
]);

function tokenMatches(token: string, storedHash: string): boolean {
  const given = Buffer.from(hashToken(token), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

function leadsAny(actor: StaffActor, teamIds: readonly string[]): boolean {
  return actor.role === 'team_lead' && teamIds.some((id) => actor.leadsTeamIds.includes(id));
}

function decideForBooking(actor: Actor, action: Action, booking: BookingSubject): Decision {
  // The client side: a matching link or address reveals the booking; other actions on
  // it are then forbidden, not hidden.
  if (actor.kind === 'manage-token' || actor.kind === 'client') {
    const isTheirs =
      actor.kind === 'manage-token'
        ? tokenMatches(actor.token, booking.manageTokenHash)
        : actor.email === booking.clientEmail;
    if (!isTheirs) return notFound;
    return clientBookingActions.has(action) ? allow : forbidden;
  }
  if (actor.kind !== 'staff') return notFound;
  const isOwn = actor.staffId === booking.counsellorId;
  if (isOwn && ownBookingActions.has(action)) return allow;
  if (leadsAny(actor, booking.counsellorTeamIds) && ledBookingActions.has(action)) return allow;
  // Visible to the actor but not this action: say so. Otherwise it does not exist for them.
  const canRead = isOwn || leadsAny(actor, booking.counsellorTeamIds);
  return canRead ? forbidden : notFound;
}

function decideForStaff(actor: StaffActor, action: Action, resource: Resource): Decision {
  switch (resource.type) {
    case 'workspace':
      return action === 'workspace.open' ? allow : forbidden;
    case 'administration':
      return actor.role === 'admin' && (administrationActions as readonly Action[]).includes(action)
        ? allow
        : forbidden;
    case 'counsellor': {
      const isSelf = actor.staffId === resource.staffId;
      if (action === 'calendar.manage-feed' || action === 'calendar.manage-sync')
        return isSelf ? allow : forbidden;
      if (!(counsellorActions as readonly Action[]).includes(action)) return forbidden;
      return isSelf || leadsAny(actor, resource.teamIds) ? allow : forbidden;
    }
    case 'team': {
      if (!(teamActions as readonly Action[]).includes(action)) return forbidden;
      if (leadsAny(actor, [resource.teamId])) return allow;
      if (actor.role === 'admin' && action === 'team.dashboard') return allow;
      const isMember = actor.teamIds.includes(resource.teamId);
      return isMember && action === 'roster.read' ? allow : forbidden;
    }
    case 'region':
      // Admins see bookings only as figures; a team lead's figures are their teams'.
      return actor.role === 'admin' && action === 'team.dashboard' ? allow : forbidden;
    default:
      return forbidden;
  }
}

/**
 * A feed URL opens one counsellor's feed and nothing else. A wrong secret answers like a
 * missing counsellor (404); everywhere else the holder is as anonymous as anyone.
 */
function decideForFeedToken(token: string, action: Action, resource: Resource): Decision {
  if (resource.type === 'booking') return notFound;
  if (resource.type !== 'counsellor') return unauthenticated;
  if (!resource.feedTokenHash || !tokenMatches(token, resource.feedTokenHash)) return notFound;
  return action === 'calendar.read-feed' ? allow : forbidden;
}

/**
 * May `actor` do `action` on `resource`? The one answer every page, server action and
 * route handler asks for. Pure: everything it needs is in its arguments.
 */
export function decide(actor: Actor, action: Action, resource: Resource): Decision {
  if (actor.kind === 'feed-token') return decideForFeedToken(actor.token, action, resource);
  if (resource.type === 'booking') {
    if (actor.kind === 'staff' && !actor.isActive) return notFound;
    return decideForBooking(actor, action, resource.booking);
  }
  if (resource.type === 'client-bookings') {
    if (actor.kind === 'anonymous' || actor.kind === 'manage-token') return unauthenticated;
    return actor.kind === 'client' &&
      action === 'client-bookings.list' &&
      actor.email === resource.email
      ? allow
      : forbidden;
  }
  // A signed-in client is known but not staff; anyone else has to sign in first.
  if (actor.kind === 'client') return forbidden;
  if (actor.kind !== 'staff') return unauthenticated;
  if (!actor.isActive) return forbidden;
  return decideForStaff(actor, action, resource);
}
