import Form from 'next/form';
import { getTranslations } from 'next-intl/server';
import { listOfficeCounsellingLanguages } from '@/db/queries/counsellor-languages';
import type { Locale } from '@/lib/i18n/locales';
import { getDatabase } from '@/lib/server/database';
import { HiddenFields } from '../../_components/forms/hidden-fields';
import formStyles from '../../_components/forms/forms.module.css';
import type { FlowAt } from '../_lib/flow';
import styles from './steps.module.css';
import { SubmitButton } from '../../_components/forms/submit-button';

/** Filter the times by a language the counsellor speaks (a GET form on the same step). */
export async function LanguageFilter({ flow, locale }: { flow: FlowAt<'time'>; locale: Locale }) {
  const t = await getTranslations('Booking.time');
  const b = await getTranslations('Booking');
  const codes = listOfficeCounsellingLanguages(getDatabase(), flow.office.id, {
    serviceId: flow.service.id,
    channel: flow.channel,
  });
  const names = new Intl.DisplayNames([locale], { type: 'language' });
  const options = codes
    .map((code) => ({ code, name: names.of(code) ?? code }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  return (
    <Form action={`/${locale}/buchen/zeit`} className={styles.filter}>
      <HiddenFields
        values={{ ...flow.params, language: undefined, start: undefined, date: undefined }}
      />
      <div className={formStyles.field}>
        <label htmlFor="field-language" className={formStyles.label}>
          {t('languageLabel')}
        </label>
        <p id="field-language-hint" className={formStyles.hint}>
          {t('languageHint')}
        </p>
        <select
          id="field-language"
          name="language"
          defaultValue={flow.params.language ?? ''}
          aria-describedby="field-language-hint"
          className={formStyles.select}
        >
          <option value="">{t('languageAny')}</option>
          {options.map((o) => (
            <option key={o.code} value={o.code}>
              {o.name}
            </option>
          ))}
        </select>
      </div>
      <SubmitButton pendingLabel={b('pending')} variant="secondary">
        {t('languageApply')}
      </SubmitButton>
    </Form>
  );
}
