import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { buildBookingCalendar } from '@/lib/booking/calendar-event';
import { manageUrlOf } from '@/lib/booking/service-create';
import { getBooking } from '@/lib/booking/service-manage';
import { getConfig } from '@/lib/env';
import { calendarSequenceOf } from '@/lib/notify/calendar-sequence';
import { apiHandler, parseQuery } from '@/lib/http/handler';
import { getRequestActor } from '@/lib/auth/session';
import { bookingDeps } from '@/lib/server/booking-deps';

const querySchema = z.object({
  locale: z.enum(['de', 'en']).default('de'),
  token: z.string().optional(),
});

export const GET = apiHandler(
  async (request, { params }: RouteContext<'/api/v1/bookings/[id]/calendar.ics'>) => {
    const { id } = await params;
    const { locale } = parseQuery(request, querySchema);
    const actor = await getRequestActor(request, true);
    const deps = bookingDeps();
    const view = getBooking(deps, id, actor, locale);
    const token = actor.kind === 'manage-token' ? actor.token : undefined;
    const t = await getTranslations({ locale, namespace: 'CalendarEvent' });
    const ics = buildBookingCalendar(
      view,
      {
        summary: t('summary', { service: view.service.name }),
        channelLine: t(`channel.${view.channel}`),
        manageLine: t('manage'),
      },
      manageUrlOf(getConfig().appUrl, locale, id, token),
      { sequence: calendarSequenceOf(deps.db, id) },
    );
    return new Response(ics, {
      headers: {
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': `attachment; filename="beratungstermin-${id.slice(0, 8)}.ics"`,
        'Cache-Control': 'no-store',
      },
    });
  },
);
