import Form from 'next/form';
import { getTranslations } from 'next-intl/server';
import { answerKeys, type ChannelAnswers } from '@/lib/booking/channel-recommendation';
import type { Locale } from '@/lib/i18n/locales';
import { HiddenFields } from '../../_components/forms/hidden-fields';
import formStyles from '../../_components/forms/forms.module.css';
import type { FlowAt } from '../_lib/flow';
import styles from './steps.module.css';
import { SubmitButton } from '../../_components/forms/submit-button';

type Props = { flow: FlowAt<'channel'>; locale: Locale; answers: ChannelAnswers };

/**
 * "Hilfe bei der Wahl": a short yes/no questionnaire (a GET form, no JavaScript needed).
 * The answers only sort the channels and explain why; every channel stays selectable.
 * After answering it is closed again, so the sorted channels come right after it.
 */
export async function ChannelHelp({ flow, locale, answers }: Props) {
  const t = await getTranslations('Booking.channel.help');
  const b = await getTranslations('Booking');
  return (
    <details className={styles.help}>
      <summary className={styles.helpSummary}>{t('summary')}</summary>
      <Form action={`/${locale}/buchen/kanal`} className={styles.helpForm}>
        <HiddenFields values={{ ...flow.params, help: '1' }} />
        <fieldset className={styles.plainFieldset}>
          <legend className={formStyles.label}>{t('legend')}</legend>
          <p className={formStyles.hint}>{t('hint')}</p>
          {answerKeys.map((key) => (
            <div key={key} className={`${formStyles.checkbox} ${styles.helpItem}`}>
              <input type="checkbox" id={`help-${key}`} name={key} defaultChecked={answers[key]} />
              <label htmlFor={`help-${key}`}>{t(`questions.${key}`)}</label>
            </div>
          ))}
        </fieldset>
        <SubmitButton pendingLabel={b('pending')} variant="secondary">
          {t('submit')}
        </SubmitButton>
      </Form>
    </details>
  );
}
