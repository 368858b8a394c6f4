import { getTranslations } from 'next-intl/server';
import { counsellingLanguages, type Channel } from '@/db/schema/enums';
import type { Locale } from '@/lib/i18n/locales';
import { CheckboxField, SelectField, TextField } from '../../_components/forms/form-fields';
import formStyles from '../../_components/forms/forms.module.css';
import type { StoredContact } from '../_lib/flow-cookies';
import styles from './steps.module.css';

type Props = { locale: Locale; channel: Channel; draft: Partial<StoredContact> };

const needKeys = ['hearingImpairment', 'visionImpairment', 'mobilityImpairment'] as const;

export const contactFieldOrder = [
  'name',
  'email',
  'phone',
  'privacyConsent',
  'interpreterLanguage',
  ...needKeys,
  'needsConsent',
  'notesConsent',
];

/** Name, email, phone, the privacy consent and the optional needs with their own consent. */
export async function ContactFields({ locale, channel, draft }: Props) {
  const t = await getTranslations('Booking.contact');
  const languages = new Intl.DisplayNames([locale], { type: 'language' });
  const isPhone = channel === 'phone';
  const interpreterOptions = [
    { value: '', label: t('interpreterNone') },
    ...counsellingLanguages
      .filter((code) => code !== 'de')
      .map((code) => ({ value: code, label: languages.of(code) ?? code }))
      .sort((a, b) => a.label.localeCompare(b.label, locale)),
  ];
  return (
    <>
      <TextField
        name="name"
        label={t('name')}
        autoComplete="name"
        defaultValue={draft.name}
        isRequired
      />
      <TextField
        name="email"
        type="email"
        label={t('email')}
        hint={t('emailHint')}
        autoComplete="email"
        inputMode="email"
        defaultValue={draft.email}
        isRequired
      />
      <TextField
        name="phone"
        type="tel"
        label={isPhone ? t('phone') : t('phoneOptional')}
        hint={isPhone ? t('phoneHint') : t('phoneOptionalHint')}
        autoComplete="tel"
        inputMode="tel"
        defaultValue={draft.phone}
        isRequired={isPhone}
      />
      <CheckboxField
        name="privacyConsent"
        defaultChecked={draft.privacyConsent}
        label={t.rich('privacyConsent', {
          link: (chunks) => (
            <a href={`/${locale}/datenschutz`} target="_blank" rel="noopener">
              {chunks}
              <span className="visually-hidden"> {t('newTab')}</span>
            </a>
          ),
        })}
      />
      <fieldset className={styles.needs}>
        <legend className={styles.needsLegend}>{t('needsLegend')}</legend>
        <p className={formStyles.hint}>{t('needsHint')}</p>
        <SelectField
          name="interpreterLanguage"
          label={t('interpreter')}
          options={interpreterOptions}
          defaultValue={draft.interpreterLanguage ?? ''}
        />
        {needKeys.map((key) => (
          <CheckboxField
            key={key}
            name={key}
            label={t(`needs.${key}`)}
            defaultChecked={draft[key]}
          />
        ))}
        <CheckboxField
          name="needsConsent"
          label={t('needsConsent')}
          defaultChecked={draft.needsConsent}
        />
      </fieldset>
      <CheckboxField
        name="notesConsent"
        label={t('notesConsent')}
        hint={t('notesConsentHint')}
        defaultChecked={draft.notesConsent}
      />
    </>
  );
}
