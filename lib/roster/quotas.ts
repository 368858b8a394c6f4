import { channels, type Channel } from '@/db/schema/enums';

/**
 * Planned versus target hours per channel for one counsellor and week. A block open for
 * several channels counts its minutes split evenly among them: the client chooses the
 * channel, so each is offered for an equal share of that time.
 */
export type PlannedBlock = { minutes: number; channels: readonly Channel[] };

export type QuotaStatus = 'none' | 'below' | 'met' | 'above';

export type QuotaLine = {
  channel: Channel;
  plannedMinutes: number;
  /** Share of the week's planned minutes, in whole per cent. */
  plannedPercent: number;
  targetPercent: number | null;
  /** The target share applied to this week's planned minutes. */
  targetMinutes: number | null;
  status: QuotaStatus;
};

export type QuotaComparison = { totalMinutes: number; lines: QuotaLine[] };

/** Planned shares within this many percentage points of the target count as met. */
export const quotaTolerancePoints = 5;

export function plannedMinutesByChannel(blocks: readonly PlannedBlock[]): Map<Channel, number> {
  const planned = new Map<Channel, number>();
  for (const block of blocks) {
    if (block.channels.length === 0) continue;
    const share = block.minutes / block.channels.length;
    for (const channel of block.channels) planned.set(channel, (planned.get(channel) ?? 0) + share);
  }
  return planned;
}

function statusOf(plannedPercent: number, target: number | null): QuotaStatus {
  if (target === null) return 'none';
  if (plannedPercent < target - quotaTolerancePoints) return 'below';
  if (plannedPercent > target + quotaTolerancePoints) return 'above';
  return 'met';
}

/** One line per channel that is planned or has a target, in the usual channel order. */
export function compareWithTargets(
  blocks: readonly PlannedBlock[],
  targets: Partial<Record<Channel, number>>,
): QuotaComparison {
  const planned = plannedMinutesByChannel(blocks);
  const totalMinutes = [...planned.values()].reduce((sum, m) => sum + m, 0);
  const lines = channels
    .filter((c) => (planned.get(c) ?? 0) > 0 || targets[c] !== undefined)
    .map((channel) => {
      const plannedMinutes = Math.round(planned.get(channel) ?? 0);
      const exactPercent =
        totalMinutes > 0 ? ((planned.get(channel) ?? 0) / totalMinutes) * 100 : 0;
      const targetPercent = targets[channel] ?? null;
      return {
        channel,
        plannedMinutes,
        plannedPercent: Math.round(exactPercent),
        targetPercent,
        targetMinutes:
          targetPercent === null ? null : Math.round((totalMinutes * targetPercent) / 100),
        status: statusOf(exactPercent, targetPercent),
      };
    });
  return { totalMinutes: Math.round(totalMinutes), lines };
}

/** Targets of one counsellor and week must not promise more than the whole week. */
export function targetsFit(targets: Partial<Record<Channel, number>>): boolean {
  return Object.values(targets).reduce((sum, p) => sum + (p ?? 0), 0) <= 100;
}
