import { getTranslations } from 'next-intl/server';
import type { ServiceDuration, ServiceText } from '@/db/queries/admin-services';
import { channels } from '@/db/schema/enums';
import { serviceMinutesField, serviceTextField } from '@/lib/admin/schemas';
import { locales, type Locale } from '@/lib/i18n/locales';
import formStyles from '../../../_components/forms/forms.module.css';
import { TextAreaField, TextField } from '../../../_components/forms/form-fields';
import styles from '../../_components/admin.module.css';

export const serviceFieldOrder = [
  'id',
  'providerId',
  'sortOrder',
  ...locales.flatMap((l) => [serviceTextField('name', l), serviceTextField('description', l)]),
  ...channels.map(serviceMinutesField),
];

type Props = {
  /** The page's language, to name the others. */
  locale: Locale;
  sortOrder?: number;
  translations: ServiceText[];
  durations: ServiceDuration[];
};

/** Order, the texts in every UI language, and the minutes per channel. */
export async function ServiceFields({ locale, sortOrder, translations, durations }: Props) {
  const t = await getTranslations('AdminServices.fields');
  const channelNames = await getTranslations('Booking.channels');
  const languageNames = new Intl.DisplayNames([locale], { type: 'language' });
  const textOf = (l: string) => translations.find((x) => x.locale === l);
  const minutesOf = (c: string) => durations.find((d) => d.channel === c)?.minutes;
  return (
    <>
      <TextField
        name="sortOrder"
        label={t('sortOrder')}
        hint={t('sortOrderHint')}
        inputMode="numeric"
        defaultValue={String(sortOrder ?? 0)}
        isRequired
      />
      {locales.map((l) => (
        <fieldset key={l} className={styles.fieldset}>
          <legend className={styles.legend}>
            {t('texts', { language: languageNames.of(l) ?? l })}
          </legend>
          <TextField
            name={serviceTextField('name', l)}
            label={t('name')}
            defaultValue={textOf(l)?.name}
            isRequired
          />
          <TextAreaField
            name={serviceTextField('description', l)}
            label={t('description')}
            maxLength={1000}
            defaultValue={textOf(l)?.description}
          />
        </fieldset>
      ))}
      <fieldset className={styles.fieldset} aria-describedby="durations-hint">
        <legend className={styles.legend}>{t('durations')}</legend>
        <p id="durations-hint" className={formStyles.hint}>
          {t('durationsHint')}
        </p>
        <div className={styles.grid}>
          {channels.map((c) => (
            <TextField
              key={c}
              name={serviceMinutesField(c)}
              label={channelNames(`${c}.name`)}
              inputMode="numeric"
              defaultValue={minutesOf(c)?.toString()}
            />
          ))}
        </div>
      </fieldset>
    </>
  );
}
