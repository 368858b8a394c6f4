import { alias } from 'drizzle-orm/sqlite-core';
import { eq } from 'drizzle-orm';
import { offices, providers } from '../schema/organisation';
import { referrals } from '../schema/referrals';
import { staff } from '../schema/staff';
import type { Executor } from '../transaction';

export function insertReferral(ex: Executor, referral: typeof referrals.$inferInsert) {
  ex.insert(referrals).values(referral).run();
}

const fromProvider = alias(providers, 'from_provider');

/** The referral that created this booking, with who referred, or undefined. */
export function findReferralByTarget(ex: Executor, toBookingId: string) {
  return ex
    .select({
      id: referrals.id,
      fromBookingId: referrals.fromBookingId,
      note: referrals.note,
      createdAt: referrals.createdAt,
      fromProviderId: referrals.fromProviderId,
      fromProviderName: fromProvider.name,
      fromStaffName: staff.displayName,
      toOfficeId: referrals.toOfficeId,
      toOfficeName: offices.name,
    })
    .from(referrals)
    .innerJoin(fromProvider, eq(fromProvider.id, referrals.fromProviderId))
    .innerJoin(staff, eq(staff.id, referrals.fromStaffId))
    .innerJoin(offices, eq(offices.id, referrals.toOfficeId))
    .where(eq(referrals.toBookingId, toBookingId))
    .get();
}

/** Referrals made from this booking, oldest first. */
export function listReferralsFrom(ex: Executor, fromBookingId: string) {
  return ex
    .select({
      id: referrals.id,
      toBookingId: referrals.toBookingId,
      toOfficeName: offices.name,
      createdAt: referrals.createdAt,
    })
    .from(referrals)
    .innerJoin(offices, eq(offices.id, referrals.toOfficeId))
    .where(eq(referrals.fromBookingId, fromBookingId))
    .orderBy(referrals.createdAt)
    .all();
}
