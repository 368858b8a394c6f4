import { getTranslations } from 'next-intl/server';
import type { AgendaItem } from '@/lib/workspace/agenda';
import type { Outcome } from '@/lib/workspace/outcome-rules';
import { recordOutcomeAction, type ReturnTo } from '../termine/actions';
import { InlineAction } from './inline-action';
import styles from './workspace.module.css';

type Props = { item: AgendaItem; context: string; returnTo: ReturnTo; headingLevel?: 'h2' | 'h3' };

/**
 * The outcome buttons, from the appointment's start on: held, no-show, and for calls
 * "not reached". Once recorded, the other outcomes remain to correct it.
 */
export async function OutcomeActions({ item, context, returnTo, headingLevel }: Props) {
  const canRecord = item.status !== 'cancelled' && item.phase !== 'upcoming';
  if (!canRecord) return null;
  const t = await getTranslations('WorkspaceOutcome');
  const errors = await getTranslations('WorkspaceAppointment');
  const choices: Outcome[] = item.isCall ? ['held', 'not_reached', 'no_show'] : ['held', 'no_show'];
  // A standing no-show proposal has its own button (it records where the no-show came from).
  const open = choices.filter(
    (o) => o !== item.outcome && !(o === 'no_show' && item.isNoShowProposed),
  );
  const Heading = headingLevel ?? 'p';
  return (
    <div className={styles.outcomes}>
      <Heading className={headingLevel ? undefined : styles.outcomeTitle}>
        {item.outcome ? t('correct') : t('title')}
      </Heading>
      <div className={styles.buttonRow}>
        {open.map((outcome) => (
          <InlineAction
            key={outcome}
            action={recordOutcomeAction.bind(null, item.id, returnTo)}
            hidden={{ outcome }}
            errorTitle={errors('errorTitle')}
            label={t(outcome)}
            pendingLabel={t('saving')}
            context={context}
            variant={outcome === 'held' && !item.outcome ? 'primary' : 'secondary'}
          />
        ))}
      </div>
    </div>
  );
}
