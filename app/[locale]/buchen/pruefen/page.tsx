import { randomUUID } from 'node:crypto';
import { getTranslations } from 'next-intl/server';
import { redirect } from '@/lib/i18n/navigation';
import { resolvePageLocale } from '@/lib/i18n/page-locale';
import { bookingDeps } from '@/lib/server/booking-deps';
import { ActionForm } from '../../_components/forms/action-form';
import { SubmitButton } from '../../_components/forms/submit-button';
import { confirmAction } from '../actions';
import { ChoiceSummary } from '../_components/choice-summary';
import { HoldNotice } from '../_components/hold-notice';
import { StepLayout, stepMetadata } from '../_components/step-layout';
import { readContact, readHold } from '../_lib/flow-cookies';
import {
  flowHref,
  holdChoice,
  loadFlow,
  readRawParams,
  requireStep,
  type SearchParams,
} from '../_lib/flow';
import styles from '../_components/steps.module.css';

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props) {
  return stepMetadata(await resolvePageLocale(params), 'review');
}

/** Step 6: everything at a glance, each part changeable, then book. */
export default async function ReviewStepPage({ params, searchParams }: Props) {
  const locale = await resolvePageLocale(params);
  const flow = requireStep(loadFlow(locale, await readRawParams(searchParams)), 'review', locale);
  const contact = await readContact(flow.channel);
  if (!contact) redirect({ href: flowHref('contact', flow.params), locale });
  const t = await getTranslations('Booking');
  const hold = await readHold(holdChoice(flow, flow.start));
  return (
    <StepLayout
      step="review"
      params={flow.params}
      title={t('review.title')}
      intro={t('review.intro')}
    >
      <HoldNotice hold={hold} now={bookingDeps().now} />
      <ChoiceSummary flow={flow} locale={locale} contact={contact} isEditable />
      <ActionForm
        action={confirmAction}
        hidden={{ ...flow.params, idempotencyKey: randomUUID() }}
        errorTitle={t('review.errorTitle')}
        alternativesTitle={t('alternativesTitle')}
        linkFields={false}
      >
        <p className={styles.note}>{t('review.note')}</p>
        <SubmitButton pendingLabel={t('review.pending')}>{t('review.submit')}</SubmitButton>
      </ActionForm>
    </StepLayout>
  );
}
