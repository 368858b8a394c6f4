import { getFormatter, getTranslations } from 'next-intl/server';
import type { BlockRow } from '@/db/queries/workspace-availability';
import { Link } from '@/lib/i18n/navigation';
import { shortDateOf } from '../../_components/appointment-format';
import { InlineAction } from '../../_components/inline-action';
import styles from '../../_components/workspace.module.css';
import { handOverAction, removeAbsenceAction } from '../actions';
import { blockLabels } from './block-labels';

/** The availability page's lists: conflicts, handed-over appointments, blocks, absences. */

export async function ConflictList(props: {
  conflicts: { id: string; startsAt: string; clientName: string; serviceName: string }[];
}) {
  const t = await getTranslations('WorkspaceAvailability');
  const labelled = await Promise.all(
    props.conflicts.map(async (c) => ({
      id: c.id,
      label: t('appointment', {
        date: await shortDateOf(c.startsAt),
        client: c.clientName,
        service: c.serviceName,
      }),
    })),
  );
  return (
    <ul className={styles.plainList}>
      {labelled.map((c) => (
        <li key={c.id} data-conflict={c.id}>
          <span>{c.label}</span>
          <InlineAction
            action={handOverAction.bind(null, c.id)}
            errorTitle={t('errorTitle')}
            label={t('handOver')}
            pendingLabel={t('handingOver')}
            context={c.label}
          />
        </li>
      ))}
    </ul>
  );
}

export async function AppointmentLines(props: {
  items: { id: string; startsAt: string; clientName: string; serviceName: string }[];
}) {
  const t = await getTranslations('WorkspaceAvailability');
  const lines = await Promise.all(
    props.items.map(async (item) => ({
      id: item.id,
      text: t('appointment', {
        date: await shortDateOf(item.startsAt),
        client: item.clientName,
        service: item.serviceName,
      }),
    })),
  );
  return (
    <ul className={styles.plainList}>
      {lines.map((line) => (
        <li key={line.id} data-handed-over={line.id}>
          <Link href={`/arbeitsbereich/termine/${line.id}`}>{line.text}</Link>
        </li>
      ))}
    </ul>
  );
}

export async function Blocks({ blocks }: { blocks: BlockRow[] }) {
  const t = await getTranslations('WorkspaceAvailability');
  const booking = await getTranslations('Booking');
  const labelled = await Promise.all(
    blocks.map(async (b) => ({ ...b, ...(await blockLabels(b)) })),
  );
  const weekdays = [...new Set(labelled.map((b) => b.weekday))];
  return weekdays.map((weekday) => {
    const ofDay = labelled.filter((b) => b.weekday === weekday);
    return (
      <div key={weekday} className={styles.weekday}>
        <h3>{ofDay[0]!.weekdayName}</h3>
        <ul className={styles.plainList}>
          {ofDay.map((b) => (
            <li key={b.id}>
              <span>
                <strong>{b.time}</strong> · {b.officeName} ·{' '}
                {b.channels.map((c) => booking(`channels.${c}.name`)).join(', ')}
                {b.room && <> · {b.room}</>} · {b.validity}
              </span>
              <Link href={`/arbeitsbereich/verfuegbarkeit/arbeitszeit/${b.id}`}>
                {t('change')}
                <span className="visually-hidden">: {b.context}</span>
              </Link>
            </li>
          ))}
        </ul>
      </div>
    );
  });
}

export async function Absences(props: {
  absences: { id: string; startsAt: string; endsAt: string; reason: string }[];
}) {
  const t = await getTranslations('WorkspaceAvailability');
  const format = await getFormatter();
  const options = {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  } as const;
  return (
    <ul className={styles.plainList}>
      {props.absences.map((a) => {
        const period = {
          from: format.dateTime(new Date(a.startsAt), options),
          to: format.dateTime(new Date(a.endsAt), options),
        };
        return (
          <li key={a.id}>
            <span>
              {t('absence', period)}: {t(`reasons.${a.reason as 'other'}`)}
            </span>
            <InlineAction
              action={removeAbsenceAction.bind(null, a.id)}
              errorTitle={t('errorTitle')}
              label={t('removeAbsence')}
              pendingLabel={t('removing')}
              context={t('absenceContext', period)}
            />
          </li>
        );
      })}
    </ul>
  );
}
