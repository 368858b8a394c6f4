import { getTranslations } from 'next-intl/server';
import { resolvePageLocale } from '@/lib/i18n/page-locale';
import { bookingDeps } from '@/lib/server/booking-deps';
import { saveContactAction } from '../actions';
import { ChoiceSummary } from '../_components/choice-summary';
import { ContactFields, contactFieldOrder } from '../_components/contact-fields';
import { HoldNotice } from '../_components/hold-notice';
import { StepLayout, stepMetadata } from '../_components/step-layout';
import { ActionForm } from '../../_components/forms/action-form';
import { SubmitButton } from '../../_components/forms/submit-button';
import { readContactDraft, readHold } from '../_lib/flow-cookies';
import { holdChoice, loadFlow, readRawParams, requireStep, type SearchParams } from '../_lib/flow';

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props) {
  return stepMetadata(await resolvePageLocale(params), 'contact');
}

/** Step 5: who we book for. Phone only required for phone appointments; needs optional. */
export default async function ContactStepPage({ params, searchParams }: Props) {
  const locale = await resolvePageLocale(params);
  const flow = requireStep(loadFlow(locale, await readRawParams(searchParams)), 'contact', locale);
  const t = await getTranslations('Booking');
  const hold = await readHold(holdChoice(flow, flow.start));
  return (
    <StepLayout
      step="contact"
      params={flow.params}
      title={t('contact.title')}
      intro={t('contact.intro')}
    >
      <HoldNotice hold={hold} now={bookingDeps().now} />
      <ChoiceSummary flow={flow} locale={locale} />
      <ActionForm
        action={saveContactAction}
        hidden={flow.params}
        errorTitle={t('errorTitle')}
        fieldOrder={contactFieldOrder}
      >
        <ContactFields locale={locale} channel={flow.channel} draft={await readContactDraft()} />
        <SubmitButton pendingLabel={t('contact.pending')}>{t('contact.submit')}</SubmitButton>
      </ActionForm>
    </StepLayout>
  );
}
