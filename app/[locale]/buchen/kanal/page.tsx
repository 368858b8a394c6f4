import Form from 'next/form';
import { getTranslations } from 'next-intl/server';
import { recommendChannels } from '@/lib/booking/channel-recommendation';
import { channelAnswersSchema } from '@/lib/booking/form-schemas';
import { resolvePageLocale } from '@/lib/i18n/page-locale';
import { ChoiceGroup } from '../../_components/forms/choice-group';
import { HiddenFields } from '../../_components/forms/hidden-fields';
import { StaticErrorSummary } from '../../_components/forms/static-error-summary';
import { ChannelDescription } from '../_components/channel-description';
import { ChannelHelp } from '../_components/channel-help';
import { ChannelIcon } from '../../_components/booking/channel-icon';
import { StepLayout, stepMetadata } from '../_components/step-layout';
import { loadFlow, readRawParams, requireStep, type SearchParams } from '../_lib/flow';
import { SubmitButton } from '../../_components/forms/submit-button';

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props) {
  return stepMetadata(await resolvePageLocale(params), 'channel');
}

/** Step 3: how to meet. Only what the office offers; presence always listed where offered. */
export default async function ChannelStepPage({ params, searchParams }: Props) {
  const locale = await resolvePageLocale(params);
  const flow = requireStep(loadFlow(locale, await readRawParams(searchParams)), 'channel', locale);
  const t = await getTranslations('Booking');
  const isAnswered = flow.raw.help === '1';
  const answers = channelAnswersSchema.parse(flow.raw);
  const ranked = recommendChannels(answers, flow.channels);
  const recommended = ranked.filter((r) => r.isRecommended);
  const sortedHint = recommended.length
    ? t('channel.sortedHint', {
        channels: recommended.map((r) => t(`channels.${r.channel}.name`)).join(', '),
      })
    : t('channel.sortedHintNone');
  const errors =
    flow.raw.error === 'channel' ? [{ field: 'channel', message: t('channel.error') }] : [];
  return (
    <StepLayout
      step="channel"
      params={flow.params}
      title={t('channel.title')}
      intro={t('channel.intro', { office: flow.office.name })}
    >
      <StaticErrorSummary title={t('errorTitle')} errors={errors} />
      <ChannelHelp flow={flow} locale={locale} answers={answers} />
      <Form action={`/${locale}/buchen/zeit`}>
        <HiddenFields values={{ ...flow.params, channel: undefined, submitted: 'channel' }} />
        <ChoiceGroup
          name="channel"
          legend={t('channel.legend')}
          hint={isAnswered ? sortedHint : t('channel.presenceHint')}
          error={errors[0]?.message}
          defaultValue={flow.channel}
          choices={ranked.map((r) => ({
            value: r.channel,
            label: t(`channels.${r.channel}.name`),
            icon: <ChannelIcon channel={r.channel} />,
            badge: isAnswered && r.isRecommended ? t('channel.recommended') : undefined,
            description: (
              <ChannelDescription
                channel={r.channel}
                office={flow.office}
                minutes={flow.service.durations.find((d) => d.channel === r.channel)?.minutes}
                recommendation={isAnswered ? r : undefined}
              />
            ),
          }))}
        />
        <SubmitButton pendingLabel={t('pending')}>{t('continue')}</SubmitButton>
      </Form>
    </StepLayout>
  );
}
