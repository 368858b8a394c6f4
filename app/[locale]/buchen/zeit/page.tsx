import { getTranslations } from 'next-intl/server';
import { listSlots } from '@/lib/booking/service-slots';
import { addDaysToLocalDate, localDateOf } from '@/lib/calendar/local-date';
import { resolvePageLocale } from '@/lib/i18n/page-locale';
import { bookingDeps } from '@/lib/server/booking-deps';
import { addMinutes } from '../../_components/booking/appointment-text';
import { DayPicker } from '../../_components/booking/day-picker';
import { pickDay, groupSlotsByDay } from '../../_components/booking/slot-days';
import { MeetingPointChoices } from '../../_components/booking/meeting-point-choices';
import { TimeChoices } from '../../_components/booking/time-choices';
import { ActionForm } from '../../_components/forms/action-form';
import { SubmitButton } from '../../_components/forms/submit-button';
import { holdAction } from '../actions';
import { LanguageFilter } from '../_components/language-filter';
import { NoSlots } from '../_components/no-slots';
import { StepLayout, stepMetadata } from '../_components/step-layout';
import { readAnyHold, readHold } from '../_lib/flow-cookies';
import {
  flowHref,
  holdChoice,
  loadFlow,
  readRawParams,
  requireStep,
  type SearchParams,
} from '../_lib/flow';

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

/** Four weeks of free times: enough choice without a long list. */
const searchDays = 27;

export async function generateMetadata({ params }: Props) {
  return stepMetadata(await resolvePageLocale(params), 'time');
}

/** Step 4: a day (the first free one preselected), a time, and for walk and talk a meeting point. */
export default async function TimeStepPage({ params, searchParams }: Props) {
  const locale = await resolvePageLocale(params);
  const flow = requireStep(loadFlow(locale, await readRawParams(searchParams)), 'time', locale);
  const t = await getTranslations('Booking');
  const deps = bookingDeps();
  const today = localDateOf(deps.now, flow.office.timeZone);
  const ownHold = await readAnyHold();
  const { slots } = listSlots(
    deps,
    {
      serviceId: flow.service.id,
      channel: flow.channel,
      officeId: flow.office.id,
      to: addDaysToLocalDate(today, searchDays),
      language: flow.params.language,
    },
    { ownHoldToken: ownHold?.token },
  );
  // The visitor's own held time is not free for others, but still theirs to pick.
  const hold = flow.start ? await readHold(holdChoice(flow, flow.start)) : undefined;
  const isHoldLive = !!hold && Date.parse(hold.expiresAt) > deps.now.getTime();
  const held =
    isHoldLive && !slots.some((s) => s.start === hold.start)
      ? [{ start: hold.start, end: addMinutes(hold.start, flow.minutes), officeId: flow.office.id }]
      : [];
  const days = groupSlotsByDay([...slots, ...held].sort((a, b) => a.start.localeCompare(b.start)));
  const day = pickDay(days, flow.params.date ?? flow.start?.slice(0, 10));
  return (
    <StepLayout
      step="time"
      params={flow.params}
      title={t('time.title')}
      intro={t('time.intro', {
        channel: t(`channels.${flow.channel}.name`),
        minutes: flow.minutes,
      })}
    >
      <LanguageFilter flow={flow} locale={locale} />
      {!day ? (
        <NoSlots flow={flow} />
      ) : (
        <>
          <DayPicker
            days={days}
            selected={day.date}
            hrefFor={(date) => flowHref('time', { ...flow.params, date })}
          />
          <ActionForm
            action={holdAction}
            // The meeting point comes from its radios below, not from the URL.
            hidden={{ ...flow.params, start: undefined, meetingPoint: undefined, date: day.date }}
            errorTitle={t('errorTitle')}
            alternativesTitle={t('alternativesTitle')}
          >
            <TimeChoices day={day} selected={flow.start} />
            {flow.channel === 'walk_and_talk' && (
              <MeetingPointChoices office={flow.office} selected={flow.params.meetingPoint} />
            )}
            <SubmitButton pendingLabel={t('time.pending')}>{t('continue')}</SubmitButton>
          </ActionForm>
        </>
      )}
    </StepLayout>
  );
}
