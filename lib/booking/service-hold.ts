import { deleteExpiredHolds, deleteHoldByTokenHash, insertHold } from '@/db/queries/bookings';
import { withWriteTransaction } from '@/db/transaction';
import { formatInstantInZone } from '@/lib/calendar/format';
import { requireOffer, requireOffice, type BookingDeps } from './context';
import { createSecretToken, hashToken } from './manage-token';
import type { HoldRequest } from './schemas';
import { requestSearch } from './service-slots';
import { assignCounsellor, claimSlot, withSlotAlternatives } from './slot-claim';

export const defaultHoldMinutes = 10;

export type HoldResult = {
  holdToken: string;
  expiresAt: string;
  start: string;
  end: string;
  officeId: string;
};

/** Holds a slot for a few minutes so nobody else can take it while the client types. */
export function holdSlot(
  deps: BookingDeps,
  req: HoldRequest,
  options: { replacesHoldToken?: string } = {},
): HoldResult {
  const now = deps.now;
  const holdMs = (deps.holdMinutes ?? defaultHoldMinutes) * 60_000;
  return withSlotAlternatives(deps.db, () =>
    withWriteTransaction(deps.db, (tx) => {
      deleteExpiredHolds(tx, now.toISOString());
      // A visitor who picks another time gives up the time they held before.
      if (options.replacesHoldToken)
        deleteHoldByTokenHash(tx, hashToken(options.replacesHoldToken));
      const office = requireOffice(tx, req.officeId);
      const offer = requireOffer(tx, office, req.serviceId, req.channel);
      const start = Date.parse(req.start);
      const search = requestSearch(office, offer.minutes, req, now);
      const slot = claimSlot(tx, { ...search, counsellorId: req.counsellorId }, start);
      const token = createSecretToken();
      const expiresAt = new Date(now.getTime() + holdMs).toISOString();
      insertHold(tx, {
        id: crypto.randomUUID(),
        tokenHash: hashToken(token),
        officeId: office.id,
        counsellorId: assignCounsellor(tx, office, slot, now),
        serviceId: req.serviceId,
        channel: req.channel,
        language: req.language ?? null,
        startsAt: new Date(slot.start).toISOString(),
        endsAt: new Date(slot.end).toISOString(),
        expiresAt,
        createdAt: now.toISOString(),
      });
      return {
        holdToken: token,
        expiresAt: formatInstantInZone(Date.parse(expiresAt), office.timeZone),
        start: formatInstantInZone(slot.start, office.timeZone),
        end: formatInstantInZone(slot.end, office.timeZone),
        officeId: office.id,
      };
    }),
  );
}

/** Gives a held time back at once (the visitor left the flow or chose another time). */
export function releaseHold(deps: BookingDeps, holdToken: string): void {
  deleteHoldByTokenHash(deps.db, hashToken(holdToken));
}
