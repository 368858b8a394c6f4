import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { findOffice, listActiveServices } from '@/db/queries/catalogue';
import { flowParamsSchema } from '@/lib/booking/form-schemas';
import { resolvePageLocale } from '@/lib/i18n/page-locale';
import { bookingDeps } from '@/lib/server/booking-deps';
import { ActionForm } from '../_components/forms/action-form';
import { CheckboxField, SelectField, TextField } from '../_components/forms/form-fields';
import { SubmitButton } from '../_components/forms/submit-button';
import styles from '../buchen/_components/steps.module.css';
import { joinWaitlistAction } from './actions';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props) {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Notify.waitlistPage' });
  return { title: t('title') };
}

/** The waitlist form: the search's service, channel and office, and who to write to. */
export default async function WaitlistPage({ params, searchParams }: Props) {
  const locale = await resolvePageLocale(params);
  const choice = flowParamsSchema.parse(await searchParams);
  const { db } = bookingDeps();
  const office = choice.office ? findOffice(db, choice.office) : undefined;
  const service = listActiveServices(db, locale).find((s) => s.id === choice.service);
  const channel = choice.channel;
  if (!office || !service || !channel || channel === 'walk_and_talk') notFound();
  const t = await getTranslations('Notify.waitlistPage');
  const tChannel = await getTranslations('Notify.mail.channel');
  return (
    <div className={`container ${styles.page}`}>
      <h1>{t('title')}</h1>
      <p className={styles.lead}>
        {t('intro', { service: service.name, channel: tChannel(channel), office: office.name })}
      </p>
      <ActionForm
        action={joinWaitlistAction}
        hidden={{ service: service.id, channel, office: office.id }}
        errorTitle={t('errorTitle')}
        fieldOrder={['name', 'email', 'phone', 'partOfDay', 'privacyConsent']}
      >
        <TextField name="name" label={t('name')} autoComplete="name" isRequired />
        <TextField
          name="email"
          type="email"
          label={t('email')}
          autoComplete="email"
          inputMode="email"
          isRequired
        />
        {channel === 'phone' && (
          <TextField name="phone" type="tel" label={t('phone')} autoComplete="tel" isRequired />
        )}
        <SelectField
          name="partOfDay"
          label={t('partOfDay')}
          hint={t('window')}
          options={[
            { value: '', label: t('partAny') },
            { value: 'morning', label: t('partMorning') },
            { value: 'afternoon', label: t('partAfternoon') },
          ]}
          defaultValue=""
        />
        <CheckboxField name="privacyConsent" label={t('privacy')} />
        <SubmitButton pendingLabel={t('pending')}>{t('submit')}</SubmitButton>
      </ActionForm>
    </div>
  );
}
