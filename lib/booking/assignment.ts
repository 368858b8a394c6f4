export type AssignmentCandidate = {
  id: string;
  /** Appointments in the ISO week of the slot. */
  weekLoad: number;
  /** When the counsellor was last assigned a booking (ISO), if ever. */
  lastAssignedAt?: string;
};

/**
 * Picks the counsellor with the fewest appointments that week; ties go round robin,
 * to whoever was assigned longest ago (never assigned first), then by id for stability.
 */
export function pickCounsellor(candidates: readonly AssignmentCandidate[]): string | undefined {
  const sorted = [...candidates].sort(
    (a, b) =>
      a.weekLoad - b.weekLoad ||
      (a.lastAssignedAt ?? '').localeCompare(b.lastAssignedAt ?? '') ||
      a.id.localeCompare(b.id),
  );
  return sorted[0]?.id;
}
