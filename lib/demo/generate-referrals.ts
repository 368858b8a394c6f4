import type { ProviderId } from '@/db/schema/enums';
import type { DemoData } from './types';

type ReferralData = Pick<DemoData, 'bookings' | 'bookingEvents' | 'referrals'>;

/** About one held appointment in this many leads to a referral to the other provider. */
const referralEvery = 30;
/** A referral books within a week of the appointment it came from. */
const referralWindowMs = 7 * 86_400_000;

const demoNotes = [
  'Möchte sich nach der Elternzeit beruflich neu orientieren; Fragen zur Weiterbildung.',
  'Sucht eine Ausbildung im Handwerk; Unterlagen sind vorbereitet.',
  'Interesse an einer berufsbegleitenden Qualifizierung, Finanzierung noch offen.',
  'Anerkennung des ausländischen Abschlusses klären, danach Bewerbungsstrategie.',
] as const;

/**
 * Referrals between BBiE and BBE in the demo history, derived from the generated bookings
 * (no random draws, so the rest of the demo stays as it is): every `referralEvery`-th held
 * appointment of a provider is paired with the first later appointment at the other
 * provider that was booked within a week of it. That appointment becomes the same client's,
 * booked by the referring counsellor, with a short note, as a referral in the app would.
 */
export function addDemoReferrals(
  data: ReferralData,
  providerOfOffice: ReadonlyMap<string, ProviderId>,
): void {
  const byStart = [...data.bookings].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const taken = new Set<string>();
  const heldCount = new Map<ProviderId, number>();
  for (const source of byStart) {
    if (source.status !== 'completed') continue;
    const fromProvider = providerOfOffice.get(source.officeId);
    if (!fromProvider) continue;
    const n = (heldCount.get(fromProvider) ?? 0) + 1;
    heldCount.set(fromProvider, n);
    if (n % referralEvery !== 0) continue;
    const heldUntil = Date.parse(source.endsAt);
    const target = byStart.find((b) => {
      const createdAt = Date.parse(b.createdAt);
      return (
        !taken.has(b.id) &&
        b.status !== 'cancelled' &&
        providerOfOffice.get(b.officeId) !== fromProvider &&
        createdAt >= heldUntil &&
        createdAt <= heldUntil + referralWindowMs
      );
    });
    if (!target) continue;
    taken.add(target.id);
    target.clientId = source.clientId;
    const note = demoNotes[data.referrals.length % demoNotes.length]!;
    data.referrals.push({
      id: `demo-referral-${data.referrals.length + 1}`,
      fromBookingId: source.id,
      toBookingId: target.id,
      fromStaffId: source.counsellorId,
      fromProviderId: fromProvider,
      toProviderId: providerOfOffice.get(target.officeId)!,
      toOfficeId: target.officeId,
      note,
      consentAt: target.createdAt,
      createdAt: target.createdAt,
    });
    data.bookingEvents.push(
      {
        bookingId: target.id,
        type: 'booked_by_staff',
        actorType: 'staff',
        actorId: source.counsellorId,
        data: { referralFrom: source.id, fromProvider },
        occurredAt: target.createdAt,
      },
      {
        bookingId: source.id,
        type: 'referred',
        actorType: 'staff',
        actorId: source.counsellorId,
        data: {
          toBooking: target.id,
          toProvider: providerOfOffice.get(target.officeId),
          toOffice: target.officeId,
        },
        occurredAt: target.createdAt,
      },
    );
  }
}
