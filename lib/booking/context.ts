import type { Database } from '@/db/client';
import { findOffice, findServiceDuration, type OfficeWithDetails } from '@/db/queries/catalogue';
import type { Channel } from '@/db/schema/enums';
import type { Executor } from '@/db/transaction';
import { AppError } from '@/lib/errors';
import type { BookingNotifySettings } from '@/lib/notify/booking-notices';

/**
 * What every booking operation gets: the database, the clock, where links point, and what
 * queuing its mails needs (they are enqueued in the booking's own transaction).
 */
export type BookingDeps = {
  db: Database;
  now: Date;
  appUrl: string;
  holdMinutes?: number;
  notify: BookingNotifySettings;
};

export const holidayRegion = 'DE-NW';

export function requireOffice(ex: Executor, officeId: string): OfficeWithDetails {
  const office = findOffice(ex, officeId);
  if (!office) {
    throw new AppError('NOT_FOUND', `Office "${officeId}" does not exist.`, {
      reason: 'office_not_found',
      fieldErrors: { officeId: ['Unknown office.'] },
    });
  }
  return office;
}

/** The service's duration on a channel at an office, or a specific input error. */
export function requireOffer(
  ex: Executor,
  office: OfficeWithDetails,
  serviceId: string,
  channel: Channel,
) {
  const offer = findServiceDuration(ex, serviceId, channel);
  if (!offer || offer.providerId !== office.providerId) {
    throw new AppError(
      'INVALID_INPUT',
      `Service "${serviceId}" is not offered as ${channel} at this office.`,
      {
        reason: 'service_not_offered',
        fieldErrors: { serviceId: ['This service is not offered on this channel here.'] },
      },
    );
  }
  if (!office.channels.includes(channel)) {
    throw new AppError('INVALID_INPUT', `This office does not offer ${channel} appointments.`, {
      reason: 'channel_not_offered',
      fieldErrors: { channel: ['Not offered at this office.'] },
    });
  }
  return offer;
}

export function requireMeetingPoint(office: OfficeWithDetails, meetingPointId: string | undefined) {
  const point = office.meetingPoints.find((p) => p.id === meetingPointId);
  if (!point) {
    throw new AppError('INVALID_INPUT', 'Choose one of the meeting points of this office.', {
      reason: 'meeting_point_invalid',
      fieldErrors: { meetingPointId: ['Unknown meeting point for this office.'] },
    });
  }
  return point;
}
