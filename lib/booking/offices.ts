import type { OfficeWithDetails } from '@/db/queries/catalogue';

/** Public shape of an office in the API and the booking flow. */
export function toPublicOffice(office: OfficeWithDetails) {
  return {
    id: office.id,
    provider: office.providerId,
    name: office.name,
    address: { street: office.street, postcode: office.postcode, city: office.city },
    phone: office.phone,
    accessibilityNotes: office.accessibilityNotes,
    channels: office.channels,
    meetingPoints: office.meetingPoints.map((p) => ({
      id: p.id,
      name: p.name,
      description: p.description,
      isStepFree: p.isStepFree,
      typicalDurationMinutes: p.typicalDurationMinutes,
    })),
  };
}

/**
 * For a postcode, the offices with the most specific matching area of each provider,
 * so BBiE and BBE offers appear side by side.
 */
export function nearestPerProvider(offices: OfficeWithDetails[]): OfficeWithDetails[] {
  const best = new Map<string, number>();
  for (const o of offices)
    best.set(o.providerId, Math.max(best.get(o.providerId) ?? 0, o.matchLength));
  return offices.filter((o) => o.matchLength === best.get(o.providerId));
}
