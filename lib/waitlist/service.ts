import type { Database } from '@/db/client';
import {
  findWaitlistEntry,
  findWaitlistOffer,
  insertWaitlistEntry,
  listOpenOffersOfEntry,
  closeOffer,
  setEntryStatus,
} from '@/db/queries/waitlist';
import { withWriteTransaction } from '@/db/transaction';
import { requireOffer, requireOffice, type BookingDeps } from '@/lib/booking/context';
import { createSecretToken, hashToken } from '@/lib/booking/manage-token';
import { createBooking, type CreatedBooking } from '@/lib/booking/service-create';
import { AppError } from '@/lib/errors';
import { openToken, sealToken } from '@/lib/notify/seal';
import { endOfferAndPassOn } from './offers';
import type { JoinWaitlistRequest } from './schemas';

export type JoinedWaitlist = { id: string; status: 'waiting'; leaveToken: string };

/** Puts a client on the waitlist of a service, channel and office. */
export function joinWaitlist(deps: BookingDeps, req: JoinWaitlistRequest): JoinedWaitlist {
  const now = deps.now.toISOString();
  return withWriteTransaction(deps.db, (tx) => {
    const office = requireOffice(tx, req.officeId);
    requireOffer(tx, office, req.serviceId, req.channel);
    const id = crypto.randomUUID();
    const leaveToken = createSecretToken();
    insertWaitlistEntry(tx, {
      id,
      officeId: office.id,
      serviceId: req.serviceId,
      channel: req.channel,
      name: req.client.name,
      email: req.client.email,
      phone: req.client.phone ?? null,
      locale: req.locale,
      earliestDate: req.earliestDate ?? null,
      latestDate: req.latestDate ?? null,
      weekdays: req.weekdays?.length ? req.weekdays : null,
      partOfDay: req.partOfDay ?? null,
      status: 'waiting',
      leaveTokenHash: hashToken(leaveToken),
      sealedLeaveToken: sealToken(deps.notify.secret, leaveToken),
      createdAt: now,
      updatedAt: now,
    });
    return { id, status: 'waiting', leaveToken };
  });
}

const notFound = () =>
  new AppError('NOT_FOUND', 'This waitlist entry does not exist.', {
    reason: 'waitlist_not_found',
  });

/** Takes the client off the list; an open offer passes to the next entry at once. */
export function leaveWaitlist(deps: BookingDeps, entryId: string, token: string): void {
  withWriteTransaction(deps.db, (tx) => {
    const entry = findWaitlistEntry(tx, entryId);
    if (!entry || entry.leaveTokenHash !== hashToken(token)) throw notFound();
    if (entry.status !== 'waiting') return;
    setEntryStatus(tx, entry.id, 'left', deps.now.toISOString());
    for (const offer of listOpenOffersOfEntry(tx, entry.id)) {
      endOfferAndPassOn(tx, deps.notify, offer, entry.officeId, 'withdrawn', deps.now);
    }
  });
}

export type OfferState = 'open' | 'expired' | 'closed';

/** The offer behind an emailed link (its token is the hold's), and whether it can be booked. */
export function findOffer(db: Database, secret: string, offerId: string, token: string, now: Date) {
  const found = findWaitlistOffer(db, offerId);
  if (!found || openToken(secret, found.offer.sealedHoldToken) !== token) return undefined;
  const state: OfferState =
    found.offer.status !== 'open'
      ? 'closed'
      : Date.parse(found.offer.expiresAt) <= now.getTime()
        ? 'expired'
        : 'open';
  return { ...found, state };
}

/**
 * Books the held time for the waitlisted client and closes the offer and the entry, in
 * one transaction (the booking's own runs nested as a savepoint).
 */
export function acceptOffer(deps: BookingDeps, offerId: string, token: string): CreatedBooking {
  return withWriteTransaction(deps.db, (tx) => {
    const found = findOffer(
      tx as unknown as Database,
      deps.notify.secret,
      offerId,
      token,
      deps.now,
    );
    if (!found) throw notFound();
    if (found.state !== 'open') {
      throw new AppError('CONFLICT', 'This offer has expired.', { reason: 'offer_expired' });
    }
    const { offer, entry } = found;
    // The nested transaction becomes a savepoint of this one: all or nothing.
    const created = createBooking(
      { ...deps, db: tx as unknown as Database },
      {
        holdToken: token,
        serviceId: entry.serviceId,
        channel: entry.channel,
        officeId: entry.officeId,
        start: offer.startsAt,
        language: 'de',
        client: {
          name: entry.name,
          email: entry.email,
          phone: entry.phone ?? undefined,
          preferredLanguage: entry.locale,
        },
        privacyConsent: true,
        needsConsent: false,
        locale: entry.locale === 'en' ? 'en' : 'de',
      },
    );
    const now = deps.now.toISOString();
    closeOffer(tx, offer.id, { status: 'accepted', bookingId: created.id }, now);
    setEntryStatus(tx, entry.id, 'booked', now);
    return created;
  });
}
