import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { channels } from '@/db/schema/enums';
import { isAppError } from '@/lib/errors';
import { resolvePageLocale } from '@/lib/i18n/page-locale';
import { listReferralSlots, referralOptions } from '@/lib/referral/service';
import { referralChoiceSchema } from '@/lib/referral/schemas';
import { referralNoteMaxLength } from '@/db/schema/referrals';
import { bookingDeps } from '@/lib/server/booking-deps';
import { DayPicker } from '../../../../_components/booking/day-picker';
import { MeetingPointChoices } from '../../../../_components/booking/meeting-point-choices';
import { groupSlotsByDay, pickDay } from '../../../../_components/booking/slot-days';
import { TimeChoices } from '../../../../_components/booking/time-choices';
import { ActionForm } from '../../../../_components/forms/action-form';
import {
  CheckboxField,
  SelectField,
  TextAreaField,
  TextField,
} from '../../../../_components/forms/form-fields';
import { SubmitButton } from '../../../../_components/forms/submit-button';
import { WorkspaceFrame } from '../../../_components/workspace-frame';
import styles from '../../../_components/workspace.module.css';
import { openReferralPage } from '../../../_lib/appointment-access';
import { createReferralAction } from '../../actions';

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'WorkspaceReferral' });
  return { title: t('metaTitle'), robots: { index: false } };
}

function param(value: string | string[] | undefined): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * A referral to the other provider: where (office, service, channel) as a plain GET form,
 * then that office's free times in the client's language, the short note and the
 * client's consent, and one submit that books on the client's behalf.
 */
export default async function ReferralPage({ params, searchParams }: Props) {
  const locale = await resolvePageLocale(params);
  const { id } = await params;
  const path = `/arbeitsbereich/termine/${id}/weitervermitteln`;
  const actor = await openReferralPage(id, path);
  const deps = bookingDeps();
  const t = await getTranslations('WorkspaceReferral');
  const booking = await getTranslations('Booking');
  const back = { href: `/arbeitsbereich/termine/${id}`, label: t('back') };
  const frame = { actor, section: 'agenda' as const, back };
  let options;
  try {
    options = referralOptions(deps.db, actor, id, deps.now, locale);
  } catch (error) {
    if (!isAppError(error) || error.code !== 'CONFLICT') throw error;
    const errors = await getTranslations('WorkspaceErrors.reasons');
    return (
      <WorkspaceFrame {...frame} title={t('metaTitle')}>
        <p className={styles.empty}>{errors('referral_not_possible')}</p>
      </WorkspaceFrame>
    );
  }
  const provider = t(`provider.${options.toProvider}`);
  const query = await searchParams;
  const choice = referralChoiceSchema.safeParse({
    officeId: param(query.buero),
    serviceId: param(query.anliegen),
    channel: param(query.kanal),
  });
  const office = choice.success
    ? options.offices.find((o) => o.id === choice.data.officeId)
    : undefined;
  let slots: ReturnType<typeof listReferralSlots> = [];
  if (choice.success && office) {
    try {
      slots = listReferralSlots(deps, actor, id, choice.data);
    } catch (error) {
      // Not offered at that office on that channel: simply no times.
      if (!isAppError(error) || error.code !== 'INVALID_INPUT') throw error;
    }
  }
  const days = groupSlotsByDay(slots);
  const day = pickDay(days, param(query.tag));
  const choiceQuery: Record<string, string> = choice.success
    ? { buero: choice.data.officeId, anliegen: choice.data.serviceId, kanal: choice.data.channel }
    : {};
  return (
    <WorkspaceFrame
      {...frame}
      title={t('title', { client: options.source.clientName, provider })}
      intro={t('intro')}
    >
      <section aria-labelledby="referral-choice" className={styles.panel}>
        <h2 id="referral-choice">{t('choiceTitle')}</h2>
        <form method="get" action={`/${locale}${path}`}>
          <SelectField
            name="buero"
            label={t('office')}
            options={options.offices.map((o) => ({ value: o.id, label: `${o.name}, ${o.city}` }))}
            defaultValue={choice.success ? choice.data.officeId : undefined}
          />
          <SelectField
            name="anliegen"
            label={t('service')}
            options={options.services.map((s) => ({ value: s.id, label: s.name }))}
            defaultValue={choice.success ? choice.data.serviceId : undefined}
          />
          <SelectField
            name="kanal"
            label={t('channel')}
            options={channels.map((c) => ({ value: c, label: booking(`channels.${c}.name`) }))}
            defaultValue={choice.success ? choice.data.channel : undefined}
          />
          <button type="submit" className="button button-secondary">
            {t('showTimes')}
          </button>
        </form>
      </section>
      {choice.success && office && (
        <section aria-labelledby="referral-times" className={styles.section}>
          <h2 id="referral-times">{t('timesTitle')}</h2>
          {!day ? (
            <p className={styles.empty}>{t('noSlots')}</p>
          ) : (
            <>
              <DayPicker
                days={days}
                selected={day.date}
                hrefFor={(date) => ({ pathname: path, query: { ...choiceQuery, tag: date } })}
              />
              <ActionForm
                action={createReferralAction.bind(null, id)}
                hidden={{ ...choice.data, idempotencyKey: crypto.randomUUID() }}
                errorTitle={t('errorTitle')}
              >
                <TimeChoices day={day} />
                {choice.data.channel === 'walk_and_talk' && (
                  <MeetingPointChoices office={office} name="meetingPointId" />
                )}
                {choice.data.channel === 'phone' && !options.source.clientPhone && (
                  <TextField
                    name="phone"
                    type="tel"
                    autoComplete="off"
                    label={t('phoneLabel')}
                    hint={t('phoneHint')}
                  />
                )}
                <TextAreaField
                  name="referralNote"
                  label={t('noteLabel')}
                  hint={t('noteHint')}
                  maxLength={referralNoteMaxLength}
                />
                <CheckboxField name="consent" label={t('consent')} />
                <SubmitButton pendingLabel={t('pending')}>{t('submit')}</SubmitButton>
              </ActionForm>
            </>
          )}
        </section>
      )}
    </WorkspaceFrame>
  );
}
