import Form from 'next/form';
import { getTranslations } from 'next-intl/server';
import { listOffices } from '@/db/queries/catalogue';
import { nearestPerProvider } from '@/lib/booking/offices';
import { postcodeSchema } from '@/lib/booking/form-schemas';
import { resolvePageLocale } from '@/lib/i18n/page-locale';
import { getDatabase } from '@/lib/server/database';
import { HiddenFields } from '../../_components/forms/hidden-fields';
import { StaticErrorSummary } from '../../_components/forms/static-error-summary';
import { AllOfficesForm, NearbyOffices } from '../_components/office-results';
import { PostcodeField } from '../_components/postcode-field';
import { StepLayout, stepMetadata } from '../_components/step-layout';
import { loadFlow, readRawParams, requireStep, type SearchParams } from '../_lib/flow';
import styles from '../_components/steps.module.css';
import { SubmitButton } from '../../_components/forms/submit-button';

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props) {
  return stepMetadata(await resolvePageLocale(params), 'region');
}

/** Step 2: the office, found by postcode (both providers side by side) or from the full list. */
export default async function RegionStepPage({ params, searchParams }: Props) {
  const locale = await resolvePageLocale(params);
  const flow = requireStep(loadFlow(locale, await readRawParams(searchParams)), 'region', locale);
  const t = await getTranslations('Booking');
  const rawPostcode = flow.raw.postcode?.trim();
  const postcode = postcodeSchema.safeParse(rawPostcode);
  const postcodeError = rawPostcode && !postcode.success ? t('region.postcodeError') : undefined;
  const db = getDatabase();
  const nearby = postcode.success
    ? nearestPerProvider(listOffices(db, { postcode: postcode.data }))
    : [];
  const all = listOffices(db, { providerId: flow.service.providerId });
  const errors = [
    ...(postcodeError ? [{ field: 'postcode', message: postcodeError }] : []),
    ...(flow.raw.error === 'region' ? [{ field: 'office', message: t('region.error') }] : []),
  ];
  return (
    <StepLayout
      step="region"
      params={flow.params}
      title={t('region.title')}
      intro={t('region.intro', { service: flow.service.name })}
    >
      <StaticErrorSummary title={t('errorTitle')} errors={errors} />
      <Form action={`/${locale}/buchen/region`} className={styles.search}>
        <HiddenFields values={{ ...flow.params, postcode: undefined, office: undefined }} />
        <PostcodeField
          label={t('region.postcodeLabel')}
          hint={t('region.postcodeHint')}
          error={postcodeError}
          defaultValue={rawPostcode}
        />
        <SubmitButton pendingLabel={t('pending')} variant="secondary">
          {t('region.search')}
        </SubmitButton>
      </Form>
      {postcode.success && (
        <NearbyOffices
          flow={flow}
          locale={locale}
          postcode={postcode.data}
          offices={nearby}
          hasError={flow.raw.error === 'region'}
        />
      )}
      <AllOfficesForm flow={flow} locale={locale} offices={all} />
    </StepLayout>
  );
}
