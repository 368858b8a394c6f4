import Form from 'next/form';
import { getTranslations } from 'next-intl/server';
import { providerIds } from '@/db/schema/enums';
import { resolvePageLocale } from '@/lib/i18n/page-locale';
import { ChoiceGroup } from '../_components/forms/choice-group';
import { HiddenFields } from '../_components/forms/hidden-fields';
import { StaticErrorSummary } from '../_components/forms/static-error-summary';
import { loadFlow, readRawParams, type SearchParams } from './_lib/flow';
import { StepLayout, stepMetadata } from './_components/step-layout';
import styles from './_components/steps.module.css';
import { SubmitButton } from '../_components/forms/submit-button';

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props) {
  return stepMetadata(await resolvePageLocale(params), 'service');
}

/** Step 1: what the counselling is about, the services of both providers side by side. */
export default async function ServiceStepPage({ params, searchParams }: Props) {
  const locale = await resolvePageLocale(params);
  const flow = loadFlow(locale, await readRawParams(searchParams));
  const t = await getTranslations('Booking');
  const providers = await getTranslations('Home.providers');
  const errors =
    flow.raw.error === 'service' ? [{ field: 'service', message: t('service.error') }] : [];
  return (
    <StepLayout
      step="service"
      params={flow.params}
      title={t('service.title')}
      intro={t('service.intro')}
    >
      <StaticErrorSummary title={t('errorTitle')} errors={errors} />
      <Form action={`/${locale}/buchen/region`}>
        <HiddenFields values={{ ...flow.params, service: undefined, submitted: 'service' }} />
        <div className={styles.providerGrid}>
          {providerIds.map((provider, i) => (
            <ChoiceGroup
              key={provider}
              name="service"
              groupId={i === 0 ? undefined : `field-service-${provider}`}
              legend={`${providers(`${provider}.name`)} (${providers(`${provider}.abbr`)})`}
              hint={providers(`${provider}.by`)}
              error={errors[0]?.message}
              defaultValue={flow.params.service}
              choices={flow.services
                .filter((s) => s.providerId === provider)
                .map((s) => ({ value: s.id, label: s.name, description: s.description }))}
            />
          ))}
        </div>
        <p className={styles.note}>{providers('handover')}</p>
        <SubmitButton pendingLabel={t('pending')}>{t('continue')}</SubmitButton>
      </Form>
    </StepLayout>
  );
}
