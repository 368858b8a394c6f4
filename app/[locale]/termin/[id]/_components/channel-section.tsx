import { getTranslations } from 'next-intl/server';
import { findOffice, listActiveServices } from '@/db/queries/catalogue';
import { channels as allChannels } from '@/db/schema/enums';
import { getDatabase } from '@/lib/server/database';
import { ChannelIcon } from '../../../_components/booking/channel-icon';
import { MeetingPointChoices } from '../../../_components/booking/meeting-point-choices';
import { ActionForm } from '../../../_components/forms/action-form';
import { ChoiceGroup } from '../../../_components/forms/choice-group';
import { TextField } from '../../../_components/forms/form-fields';
import { SubmitButton } from '../../../_components/forms/submit-button';
import { changeChannelAction } from '../actions';
import type { SectionProps } from './section-props';
import styles from './manage.module.css';

/** Same time and counsellor, another channel: only what the office offers for the service. */
export async function ChannelSection({ id, token, locale, view }: SectionProps) {
  const t = await getTranslations('Manage.channel');
  const b = await getTranslations('Booking');
  const db = getDatabase();
  const office = findOffice(db, view.office.id);
  const service = listActiveServices(db, locale).find((s) => s.id === view.service.id);
  const offered = allChannels.filter(
    (c) => office?.channels.includes(c) && service?.durations.some((d) => d.channel === c),
  );
  const minutesOf = (c: string) => service?.durations.find((d) => d.channel === c)?.minutes;
  return (
    <section aria-labelledby="channel-title" className={styles.section}>
      <h2 id="channel-title">{t('title')}</h2>
      <p>{t('intro')}</p>
      <ActionForm
        action={changeChannelAction.bind(null, id)}
        hidden={{ token }}
        errorTitle={b('errorTitle')}
      >
        <ChoiceGroup
          name="channel"
          legend={t('legend')}
          defaultValue={view.channel}
          choices={offered.map((c) => ({
            value: c,
            label: b(`channels.${c}.name`),
            icon: <ChannelIcon channel={c} />,
            badge: c === view.channel ? t('current') : undefined,
            description: (
              <>
                <p>{b(`channels.${c}.sentence`)}</p>
                {minutesOf(c) && <p>{b('channel.duration', { minutes: minutesOf(c)! })}</p>}
              </>
            ),
          }))}
        />
        {office && offered.includes('walk_and_talk') && office.meetingPoints.length > 0 && (
          <MeetingPointChoices
            office={office}
            name="meetingPointId"
            legend={t('meetingPointLegend')}
            selected={view.meetingPoint?.id}
          />
        )}
        {offered.includes('phone') && !view.client.phone && (
          <TextField
            name="phone"
            type="tel"
            label={t('phoneLabel')}
            hint={t('phoneHint')}
            autoComplete="tel"
            inputMode="tel"
          />
        )}
        <SubmitButton pendingLabel={t('pending')}>{t('submit')}</SubmitButton>
      </ActionForm>
    </section>
  );
}
