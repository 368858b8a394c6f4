import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { AgendaItem } from '@/lib/workspace/agenda';
import { ChannelIcon } from '../../_components/booking/channel-icon';
import { languageNameOf, shortDateOf, timeRangeOf } from './appointment-format';
import { ChannelAction } from './channel-action';
import { OutcomeActions } from './outcome-actions';
import styles from './workspace.module.css';

type Props = {
  item: AgendaItem;
  /** The next appointment: larger, and with its day (it may not be today). */
  isNext?: boolean;
};

/** One appointment of the agenda: when, how, with whom, and the action its channel needs. */
export async function AgendaCard({ item, isNext }: Props) {
  const t = await getTranslations('WorkspaceItem');
  const agenda = await getTranslations('WorkspaceAgenda');
  const booking = await getTranslations('Booking');
  const format = await getFormatter();
  const when = isNext
    ? format.dateTimeRange(new Date(item.startsAt), new Date(item.endsAt), {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        hour: '2-digit',
        minute: '2-digit',
      })
    : await timeRangeOf(item);
  const context = t('context', { date: await shortDateOf(item.startsAt), client: item.clientName });
  return (
    <li
      id={`termin-${item.id}`}
      className={isNext ? `${styles.card} ${styles.nextCard}` : styles.card}
      data-appointment={item.id}
      data-phase={item.phase}
    >
      <div className={styles.cardHead}>
        <p className={styles.time}>{when}</p>
        <p className={styles.channel}>
          <ChannelIcon channel={item.channel} className={styles.icon} />
          {booking(`channels.${item.channel}.name`)}
        </p>
      </div>
      <p className={styles.client}>{item.clientName}</p>
      <p className={styles.meta}>
        <span>{item.serviceName}</span>
        <Needs item={item} />
      </p>
      <Tags item={item} />
      {item.status === 'confirmed' && (
        <>
          <ChannelAction item={item} context={context} returnTo="agenda" />
          <OutcomeActions item={item} context={context} returnTo="agenda" />
        </>
      )}
      <div className={styles.buttonRow}>
        <Link href={`/arbeitsbereich/termine/${item.id}`} className="button button-secondary">
          {agenda('details')}
          <span className="visually-hidden">: {context}</span>
        </Link>
        {item.outcome === 'held' && (
          <Link
            href={`/arbeitsbereich/termine/${item.id}/folgetermin`}
            className="button button-secondary"
          >
            {agenda('followUp')}
            <span className="visually-hidden">: {context}</span>
          </Link>
        )}
      </div>
    </li>
  );
}

/** Language other than German, interpreter and accessibility needs the client shared. */
export async function Needs({ item }: { item: Pick<AgendaItem, 'language' | 'needs'> }) {
  const t = await getTranslations('WorkspaceItem');
  const needs = item.needs ?? {};
  const parts = [
    item.language !== 'de'
      ? t('language', { language: await languageNameOf(item.language) })
      : null,
    needs.interpreterLanguage
      ? t('interpreter', { language: await languageNameOf(needs.interpreterLanguage) })
      : null,
    needs.hearingImpairment ? t('hearingImpairment') : null,
    needs.visionImpairment ? t('visionImpairment') : null,
    needs.mobilityImpairment ? t('mobilityImpairment') : null,
  ].filter((p): p is string => p !== null);
  return parts.map((part) => (
    <span key={part} className={styles.need}>
      {part}
    </span>
  ));
}

async function Tags({ item }: { item: AgendaItem }) {
  const t = await getTranslations('WorkspaceItem');
  const agenda = await getTranslations('WorkspaceAgenda');
  const tags = [
    item.phase === 'running' && item.status === 'confirmed' ? agenda('running') : null,
    item.outcome ? t(`outcome.${item.outcome}`) : null,
    item.needsOutcome ? t('needsOutcome') : null,
    item.isHandedOver ? t('handedOver') : null,
    item.hasNote ? t('hasNote') : null,
  ].filter((tag): tag is string => tag !== null);
  if (tags.length === 0) return null;
  return (
    <ul className={styles.tags}>
      {tags.map((tag) => (
        <li key={tag}>{tag}</li>
      ))}
    </ul>
  );
}
