import type { Database } from '@/db/client';
import { deleteHold, insertHold } from '@/db/queries/bookings';
import { findOffice, findServiceDuration } from '@/db/queries/catalogue';
import { insertJob } from '@/db/queries/notify-jobs';
import {
  closeOffer,
  insertWaitlistOffer,
  listEntriesNotToOffer,
  listOpenOffersDue,
  listWaitingEntries,
  type WaitlistEntryRow,
} from '@/db/queries/waitlist';
import { withWriteTransaction, type Transaction } from '@/db/transaction';
import { createSecretToken, hashToken } from '@/lib/booking/manage-token';
import { claimSlot, SlotUnavailable } from '@/lib/booking/slot-claim';
import type { Slot } from '@/lib/booking/slot-types';
import type { BookingNotifySettings } from '@/lib/notify/booking-notices';
import { sealToken } from '@/lib/notify/seal';
import { fitsWindow } from './rules';

export const defaultOfferMinutes = 30;

/** How many waiting entries one freed time is tried against (oldest first). */
const candidateLimit = 50;

/** A counsellor's time that just became free. */
export type FreedTime = { officeId: string; counsellorId: string; startsAt: string };

/** The slot the entry could book at the freed time, or null (other service, window, rules). */
function slotFor(
  tx: Transaction,
  entry: WaitlistEntryRow,
  freed: FreedTime,
  now: Date,
): Slot | null {
  const office = findOffice(tx, entry.officeId);
  const offer = findServiceDuration(tx, entry.serviceId, entry.channel);
  if (!office || !offer || offer.providerId !== office.providerId) return null;
  if (!fitsWindow(entry, new Date(freed.startsAt), office.timeZone)) return null;
  const search = {
    office,
    serviceId: entry.serviceId,
    channel: entry.channel,
    minutes: offer.minutes,
    now,
    counsellorId: freed.counsellorId,
  };
  try {
    return claimSlot(tx, search, Date.parse(freed.startsAt));
  } catch (error) {
    if (error instanceof SlotUnavailable) return null;
    throw error;
  }
}

/**
 * Offers a freed time to the first waiting entry it suits: holds the slot for the offer's
 * lifetime and queues the offer mail, all inside the caller's write transaction (the
 * cancellation's, or the lapse of an earlier offer). Returns the offer's id, or null.
 */
export function offerFreedTime(
  tx: Transaction,
  settings: BookingNotifySettings,
  freed: FreedTime,
  now: Date,
): string | null {
  const skip = listEntriesNotToOffer(tx, freed.counsellorId, freed.startsAt);
  const entries = listWaitingEntries(tx, freed.officeId, candidateLimit + skip.size);
  for (const entry of entries) {
    if (skip.has(entry.id)) continue;
    const slot = slotFor(tx, entry, freed, now);
    if (!slot) continue;
    return createOffer(tx, settings, entry, { ...freed, slot }, now);
  }
  return null;
}

function createOffer(
  tx: Transaction,
  settings: BookingNotifySettings,
  entry: WaitlistEntryRow,
  freed: FreedTime & { slot: Slot },
  now: Date,
): string {
  const minutes = settings.waitlistOfferMinutes ?? defaultOfferMinutes;
  const expiresAt = new Date(now.getTime() + minutes * 60_000).toISOString();
  const token = createSecretToken();
  const holdId = crypto.randomUUID();
  const startsAt = new Date(freed.slot.start).toISOString();
  const endsAt = new Date(freed.slot.end).toISOString();
  insertHold(tx, {
    id: holdId,
    tokenHash: hashToken(token),
    officeId: entry.officeId,
    counsellorId: freed.counsellorId,
    serviceId: entry.serviceId,
    channel: entry.channel,
    language: null,
    startsAt,
    endsAt,
    expiresAt,
    createdAt: now.toISOString(),
  });
  const id = crypto.randomUUID();
  insertWaitlistOffer(tx, {
    id,
    entryId: entry.id,
    counsellorId: freed.counsellorId,
    startsAt,
    endsAt,
    holdId,
    sealedHoldToken: sealToken(settings.secret, token),
    status: 'open',
    expiresAt,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  });
  insertJob(tx, {
    kind: 'waitlist_offer',
    idempotencyKey: `waitlist:offer:${id}`,
    bookingId: null,
    payload: { offerId: id },
    runAt: now.toISOString(),
    maxAttempts: settings.maxAttempts,
    createdAt: now.toISOString(),
  });
  return id;
}

/**
 * Ends an open offer (lapsed or withdrawn), gives its hold back and offers the time to
 * the next matching entry, in the caller's transaction.
 */
export function endOfferAndPassOn(
  tx: Transaction,
  settings: BookingNotifySettings,
  offer: { id: string; holdId: string; counsellorId: string; startsAt: string },
  officeId: string,
  status: 'lapsed' | 'withdrawn',
  now: Date,
): string | null {
  if (!closeOffer(tx, offer.id, { status }, now.toISOString())) return null;
  deleteHold(tx, offer.holdId);
  return offerFreedTime(
    tx,
    settings,
    { officeId, counsellorId: offer.counsellorId, startsAt: offer.startsAt },
    now,
  );
}

/** Offers whose time ran out pass to the next entry. Run by the worker; returns how many lapsed. */
export function lapseExpiredOffers(
  db: Database,
  settings: BookingNotifySettings,
  now: Date,
): number {
  return withWriteTransaction(db, (tx) => {
    const due = listOpenOffersDue(tx, now.toISOString());
    for (const { offer, entry } of due) {
      endOfferAndPassOn(tx, settings, offer, entry.officeId, 'lapsed', now);
    }
    return due.length;
  });
}
