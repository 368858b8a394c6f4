import { getTranslations } from 'next-intl/server';
import { findOffice } from '@/db/queries/catalogue';
import { listSlots } from '@/lib/booking/service-slots';
import { addDaysToLocalDate, localDateOf } from '@/lib/calendar/local-date';
import { bookingDeps } from '@/lib/server/booking-deps';
import { DayPicker } from '../../../_components/booking/day-picker';
import { groupSlotsByDay, pickDay } from '../../../_components/booking/slot-days';
import { TimeChoices } from '../../../_components/booking/time-choices';
import { ActionForm } from '../../../_components/forms/action-form';
import { SubmitButton } from '../../../_components/forms/submit-button';
import { rescheduleAction } from '../actions';
import type { SectionProps } from './section-props';
import styles from './manage.module.css';

const searchDays = 27;

/** New time, same office, service and channel; the counsellor may change (we say so). */
export async function RescheduleSection({ id, token, view, date }: SectionProps) {
  const t = await getTranslations('Manage.reschedule');
  const errors = await getTranslations('Booking');
  const left = view.maxReschedules - view.rescheduleCount;
  if (left <= 0) {
    return <p className={styles.warning}>{t('limit', { max: view.maxReschedules })}</p>;
  }
  const deps = bookingDeps();
  const zone = findOffice(deps.db, view.office.id)?.timeZone ?? 'Europe/Berlin';
  const today = localDateOf(deps.now, zone);
  const { slots } = listSlots(deps, {
    serviceId: view.service.id,
    channel: view.channel,
    officeId: view.office.id,
    to: addDaysToLocalDate(today, searchDays),
    language: view.language,
  });
  // Moving to the very same time would only use up one of the allowed moves.
  const current = Date.parse(view.start);
  const days = groupSlotsByDay(slots.filter((s) => Date.parse(s.start) !== current));
  const day = pickDay(days, date);
  return (
    <section aria-labelledby="reschedule-title" className={styles.section}>
      <h2 id="reschedule-title">{t('title')}</h2>
      <p>{t('intro', { count: left })}</p>
      {!day ? (
        <p className={styles.warning}>{t('none', { phone: view.office.phone ?? '' })}</p>
      ) : (
        <>
          <DayPicker
            days={days}
            selected={day.date}
            hrefFor={(d) => ({
              pathname: `/termin/${id}`,
              query: { token, aktion: 'verschieben', date: d },
            })}
          />
          <ActionForm
            action={rescheduleAction.bind(null, id)}
            hidden={{ token }}
            errorTitle={errors('errorTitle')}
            alternativesTitle={errors('alternativesTitle')}
          >
            <TimeChoices day={day} />
            <SubmitButton pendingLabel={t('pending')}>{t('submit')}</SubmitButton>
          </ActionForm>
        </>
      )}
    </section>
  );
}
