import { getTranslations } from 'next-intl/server';
import { channels } from '@/db/schema/enums';
import { getConfig } from '@/lib/env';
import { apiHandler } from '@/lib/http/handler';
import { getDatabase } from '@/lib/server/database';
import { buildCounsellorFeed, feedActorOf } from '@/lib/workspace/calendar-feed';

/**
 * A counsellor's personal calendar feed for Outlook or Thunderbird: the feed's secret in
 * the URL is the only credential (calendar apps have no session). A wrong secret answers
 * 404 like a missing feed; clients appear only by their initials.
 */
export const GET = apiHandler(
  async (request, { params }: RouteContext<'/api/v1/counsellors/[id]/calendar.ics'>) => {
    const { id } = await params;
    const query = new URL(request.url).searchParams;
    // Nothing is validated before the secret is checked: strangers learn nothing.
    const actor = feedActorOf(query.get('token'));
    const locale = query.get('locale') === 'en' ? 'en' : 'de';
    const db = getDatabase();
    const t = await getTranslations({ locale, namespace: 'WorkspaceFeed' });
    const booking = await getTranslations({ locale, namespace: 'Booking' });
    const remote = await getTranslations({ locale, namespace: 'WorkspaceAppointment.remote' });
    const ics = buildCounsellorFeed(db, actor, id, {
      now: new Date(),
      appUrl: getConfig().appUrl,
      locale,
      texts: {
        calendarName: t('calendarName'),
        channels: Object.fromEntries(
          channels.map((c) => [c, booking(`channels.${c}.name`)]),
        ) as Record<(typeof channels)[number], string>,
        summary: (values) => t('summary', values),
        detailsLine: t('details'),
        remoteLocation: { phone: remote('phone'), video: remote('video') },
      },
    });
    return new Response(ics, {
      headers: {
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': 'inline; filename="beratungstermine.ics"',
        'Cache-Control': 'no-store, private',
        'Referrer-Policy': 'no-referrer',
      },
    });
  },
);
