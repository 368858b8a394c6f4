import { getLocale, getTranslations } from 'next-intl/server';
import type { CoverItem } from '@/lib/cover/service';
import { ChannelIcon } from '../../../_components/booking/channel-icon';
import { ActionForm } from '../../../_components/forms/action-form';
import { SelectField } from '../../../_components/forms/form-fields';
import { SubmitButton } from '../../../_components/forms/submit-button';
import styles from '../../../arbeitsbereich/_components/workspace.module.css';
import { offerRescheduleAction, reassignAction } from '../actions';

/** One appointment needing cover: what it is, who could take it, and the two ways out. */
export async function CoverCard({ item, when }: { item: CoverItem; when: string }) {
  const t = await getTranslations('TeamCover');
  const booking = await getTranslations('Booking');
  const languages = new Intl.DisplayNames([await getLocale()], { type: 'language' });
  const titleId = `cover-${item.id}`;
  return (
    <li className={styles.card} data-cover={item.id} aria-labelledby={titleId}>
      <div className={styles.cardHead}>
        <h3 id={titleId} className={styles.time}>
          {when}
        </h3>
        <p className={styles.channel}>
          <ChannelIcon channel={item.channel} className={styles.icon} />
          {booking(`channels.${item.channel}.name`)}
        </p>
      </div>
      <p className={styles.client}>{item.clientName}</p>
      <p className={styles.meta}>
        <span>{item.serviceName}</span>
        <span>{t('language', { language: languages.of(item.language) ?? item.language })}</span>
        <span>{t('counsellor', { name: item.counsellorName })}</span>
      </p>
      <ul className={styles.tags}>
        <li>{t(item.isHandedOver ? 'handedOver' : 'inAbsence')}</li>
      </ul>
      {item.substitutes.length > 0 ? (
        <ActionForm
          action={reassignAction.bind(null, item.id)}
          hidden={{}}
          errorTitle={t('errorTitle')}
        >
          <SelectField
            name="substituteId"
            label={t('substituteLabel', { client: item.clientName })}
            hint={t('substituteHint')}
            options={item.substitutes.map((s) => ({
              value: s.id,
              label: t('substituteOption', { name: s.name, count: s.dayLoad }),
            }))}
            defaultValue={item.substitutes[0]!.id}
          />
          <SubmitButton pendingLabel={t('pending')}>{t('reassignSubmit')}</SubmitButton>
        </ActionForm>
      ) : (
        <p className={styles.warning}>{t('nobody')}</p>
      )}
      <ActionForm
        action={offerRescheduleAction.bind(null, item.id)}
        hidden={{}}
        errorTitle={t('errorTitle')}
      >
        <SubmitButton pendingLabel={t('pending')} variant="secondary">
          {t('offerSubmit', { client: item.clientName })}
        </SubmitButton>
      </ActionForm>
    </li>
  );
}
