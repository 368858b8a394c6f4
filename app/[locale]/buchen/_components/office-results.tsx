import Form from 'next/form';
import { getTranslations } from 'next-intl/server';
import type { OfficeWithDetails } from '@/db/queries/catalogue';
import { providerIds, type ProviderId } from '@/db/schema/enums';
import type { Locale } from '@/lib/i18n/locales';
import { Link } from '@/lib/i18n/navigation';
import { ChoiceGroup } from '../../_components/forms/choice-group';
import { fieldId } from '../../_components/forms/field-ids';
import { HiddenFields } from '../../_components/forms/hidden-fields';
import formStyles from '../../_components/forms/forms.module.css';
import { flowHref, offeredChannels, type FlowAt } from '../_lib/flow';
import styles from './steps.module.css';
import { SubmitButton } from '../../_components/forms/submit-button';

type Props = { flow: FlowAt<'region'>; locale: Locale };

/** Offices for a postcode: the chosen service's provider to pick from, the other beside it. */
export async function NearbyOffices({
  flow,
  locale,
  postcode,
  offices,
  hasError,
}: Props & { postcode: string; offices: OfficeWithDetails[]; hasError: boolean }) {
  const t = await getTranslations('Booking');
  const providers = await getTranslations('Home.providers');
  const channelNames = (office: OfficeWithDetails) =>
    offeredChannels(office, flow.service)
      .map((c) => t(`channels.${c}.name`))
      .join(' · ');
  return (
    <section aria-labelledby="nearby-title" className={styles.section}>
      <h2 id="nearby-title">{t('region.nearbyTitle', { postcode })}</h2>
      <div className={styles.providerGrid}>
        {ownFirst(flow.service.providerId).map((provider) => {
          const own = offices.filter((o) => o.providerId === provider);
          const heading = `${providers(`${provider}.name`)} (${providers(`${provider}.abbr`)})`;
          if (provider !== flow.service.providerId) {
            return (
              <div key={provider} className={styles.otherProvider}>
                <h3>{heading}</h3>
                <ul className={styles.plainList}>
                  {own.map((o) => (
                    <li key={o.id}>
                      <strong>{o.name}</strong>, {o.street}, {o.postcode} {o.city}
                    </li>
                  ))}
                </ul>
                <p>{t('region.otherProvider', { abbr: providers(`${provider}.abbr`) })}</p>
                <Link href={flowHref('service', { postcode })}>
                  {t('region.otherProviderLink', { abbr: providers(`${provider}.abbr`) })}
                </Link>
              </div>
            );
          }
          if (own.length === 0) {
            return (
              <p key={provider} className={styles.note}>
                {t('region.noneNearby', { abbr: providers(`${provider}.abbr`) })}
              </p>
            );
          }
          return (
            <Form key={provider} action={`/${locale}/buchen/kanal`}>
              <HiddenFields values={{ ...flow.params, office: undefined, submitted: 'region' }} />
              <ChoiceGroup
                name="office"
                legend={heading}
                defaultValue={flow.params.office}
                error={hasError ? t('region.error') : undefined}
                choices={own.map((o) => ({
                  value: o.id,
                  label: o.name,
                  description: `${o.street}, ${o.postcode} ${o.city} – ${channelNames(o)}`,
                }))}
              />
              <SubmitButton pendingLabel={t('pending')}>{t('continue')}</SubmitButton>
            </Form>
          );
        })}
      </div>
    </section>
  );
}

/** The chosen service's provider first: its offices are the ones to pick from. */
function ownFirst(own: ProviderId): ProviderId[] {
  return [own, ...providerIds.filter((p) => p !== own)];
}

/** Every office of the service's provider, for those who know where they want to go. */
export async function AllOfficesForm({
  flow,
  locale,
  offices,
}: Props & { offices: OfficeWithDetails[] }) {
  const t = await getTranslations('Booking');
  const id = fieldId('office-list');
  const sorted = [...offices].sort((a, b) => a.city.localeCompare(b.city, locale));
  return (
    <section aria-labelledby="all-offices-title" className={styles.section}>
      <h2 id="all-offices-title">{t('region.allTitle')}</h2>
      <Form action={`/${locale}/buchen/kanal`}>
        <HiddenFields values={{ ...flow.params, office: undefined, submitted: 'region' }} />
        <div className={formStyles.field}>
          <label htmlFor={id} className={formStyles.label}>
            {t('region.allLabel')}
          </label>
          <select
            id={id}
            name="office"
            defaultValue={flow.office?.id ?? sorted[0]?.id}
            className={formStyles.select}
          >
            {sorted.map((o) => (
              <option key={o.id} value={o.id}>
                {o.city} – {o.name}
              </option>
            ))}
          </select>
        </div>
        <SubmitButton pendingLabel={t('pending')} variant="secondary">
          {t('region.allSubmit')}
        </SubmitButton>
      </Form>
    </section>
  );
}
