import { getTranslations } from 'next-intl/server';
import type { OfficeWithDetails } from '@/db/queries/catalogue';
import type { Channel } from '@/db/schema/enums';
import type { ChannelRecommendation } from '@/lib/booking/channel-recommendation';
import styles from './steps.module.css';

type Props = {
  channel: Channel;
  office: OfficeWithDetails;
  minutes?: number;
  /** With answers from "Hilfe bei der Wahl": the reasons for and against. */
  recommendation?: ChannelRecommendation;
};

/** The plain sentence, duration and where it happens, below a channel's name. */
export async function ChannelDescription({ channel, office, minutes, recommendation }: Props) {
  const t = await getTranslations('Booking');
  return (
    <>
      <p>{t(`channels.${channel}.sentence`)}</p>
      {channel === 'presence' && (
        <p>
          {t('channel.where', { address: `${office.street}, ${office.postcode} ${office.city}` })}
        </p>
      )}
      {minutes !== undefined && <p>{t('channel.duration', { minutes })}</p>}
      {recommendation && recommendation.reasons.length > 0 && (
        <ul className={styles.reasons} aria-label={t('channel.reasonsLabel')}>
          {recommendation.reasons.map((reason) => (
            <li key={reason}>{t(`channel.reasons.${reason}`)}</li>
          ))}
        </ul>
      )}
      {recommendation && recommendation.cautions.length > 0 && (
        <ul className={styles.cautions} aria-label={t('channel.cautionsLabel')}>
          {recommendation.cautions.map((caution) => (
            <li key={caution}>{t(`channel.cautions.${caution}`)}</li>
          ))}
        </ul>
      )}
    </>
  );
}
