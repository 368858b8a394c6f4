import { and, asc, eq, exists } from 'drizzle-orm';
import type { Channel } from '../schema/enums';
import {
  counsellorChannels,
  counsellorLanguages,
  counsellorOffices,
  counsellorServices,
  staff,
} from '../schema/staff';
import type { Executor } from '../transaction';

/**
 * The languages the active counsellors of an office can counsel in, only those who offer
 * the service on the channel: the options of the booking flow's language filter.
 */
export function listOfficeCounsellingLanguages(
  ex: Executor,
  officeId: string,
  offer: { serviceId: string; channel: Channel },
): string[] {
  const staffId = counsellorLanguages.staffId;
  const offersService = ex
    .select({ one: counsellorServices.staffId })
    .from(counsellorServices)
    .where(
      and(
        eq(counsellorServices.staffId, staffId),
        eq(counsellorServices.serviceId, offer.serviceId),
      ),
    );
  const servesChannel = ex
    .select({ one: counsellorChannels.staffId })
    .from(counsellorChannels)
    .where(
      and(eq(counsellorChannels.staffId, staffId), eq(counsellorChannels.channel, offer.channel)),
    );
  return ex
    .selectDistinct({ language: counsellorLanguages.language })
    .from(counsellorLanguages)
    .innerJoin(staff, eq(staff.id, staffId))
    .innerJoin(counsellorOffices, eq(counsellorOffices.staffId, staffId))
    .where(
      and(
        eq(counsellorOffices.officeId, officeId),
        eq(staff.active, true),
        exists(offersService),
        exists(servesChannel),
      ),
    )
    .orderBy(asc(counsellorLanguages.language))
    .all()
    .map((row) => row.language);
}
