import { findTeam, listQuotas, listRosterMembers, replaceQuotas } from '@/db/queries/roster';
import { withWriteTransaction, type Executor } from '@/db/transaction';
import { channels } from '@/db/schema/enums';
import { recordAudit } from '@/lib/admin/audit';
import { assertAllowed } from '@/lib/auth/access';
import type { StaffActor } from '@/lib/auth/policy';
import { AppError } from '@/lib/errors';
import {
  assertConfirmed,
  commitChange,
  conflictsOf,
  type ConflictingAppointment,
} from '@/lib/workspace/availability';
import { authorizeEdit } from '@/lib/workspace/availability-state';
import type { WorkspaceDeps } from '@/lib/workspace/context';
import { availabilityChangesOf, type ChannelTargets, type RosterChange } from './changes';
import { targetsFit } from './quotas';
import { shiftWeek, weekOf } from './week';

export type RosterDeps = WorkspaceDeps;

/** A conflicting appointment and whose it is. */
export type RosterConflict = ConflictingAppointment & { counsellorName: string };

/** The team exists and the actor leads it; its counsellors. */
export function authorizeRoster(ex: Executor, actor: StaffActor, teamId: string) {
  assertAllowed(actor, 'roster.edit', { type: 'team', teamId });
  const team = findTeam(ex, teamId);
  if (!team) throw new AppError('NOT_FOUND', 'No such team.', { reason: 'team_not_found' });
  return { team, members: listRosterMembers(ex, teamId) };
}

function assertMember(members: readonly { id: string }[], staffId: string) {
  if (!members.some((m) => m.id === staffId))
    throw new AppError('NOT_FOUND', 'This counsellor is not in the team.', {
      reason: 'roster_counsellor_not_found',
    });
}

function plan(
  ex: Executor,
  deps: RosterDeps,
  actor: StaffActor,
  teamId: string,
  change: RosterChange,
  locale: string,
) {
  const { members } = authorizeRoster(ex, actor, teamId);
  if (change.op !== 'copy') assertMember(members, change.staffId);
  const changes = availabilityChangesOf(
    ex,
    change,
    members.map((m) => m.id),
  );
  return changes.map((c) => {
    authorizeEdit(ex, actor, c.staffId);
    const name = members.find((m) => m.id === c.staffId)?.name ?? '';
    const conflicts = conflictsOf(ex, c.staffId, c.change, deps.now, locale).map((a) => ({
      ...a,
      counsellorName: name,
    }));
    return { ...c, conflicts };
  });
}

/** The appointments the change would leave without working time: listed before saving. */
export function previewRosterChange(
  deps: RosterDeps,
  actor: StaffActor,
  teamId: string,
  change: RosterChange,
  locale: string,
): RosterConflict[] {
  return plan(deps.db, deps, actor, teamId, change, locale).flatMap((p) => p.conflicts);
}

function auditDetails(change: RosterChange): Record<string, unknown> {
  if (change.op === 'copy') return { week: change.week, weeks: change.weeks };
  const { op, week, scope } = change;
  const block = 'blockId' in change ? { block: change.blockId } : {};
  const fields = 'fields' in change ? { ...change.fields, room: change.fields.room ?? null } : {};
  return { op, week, scope, ...block, ...fields };
}

/** Copying a week takes its channel targets along to the following weeks. */
function copyTargets(
  ex: Executor,
  deps: RosterDeps,
  actor: StaffActor,
  change: RosterChange,
  ids: string[],
) {
  if (change.op !== 'copy') return;
  const week = weekOf(change.week);
  const source = listQuotas(ex, ids, week.monday);
  for (const staffId of new Set(source.map((q) => q.staffId))) {
    const targets = source.filter((q) => q.staffId === staffId);
    for (let n = 1; n <= change.weeks; n++) {
      const quota = {
        staffId,
        weekStart: shiftWeek(week, n).monday,
        updatedBy: actor.staffId,
        updatedAt: deps.now.toISOString(),
      };
      replaceQuotas(ex, quota, targets);
    }
  }
}

/**
 * Saves a roster change in one transaction: every affected counsellor's blocks, the
 * handover of the appointments the lead saw listed (exactly as the workspace editor does),
 * and an audit event. A different conflict list than confirmed saves nothing.
 */
export function applyRosterChange(
  deps: RosterDeps,
  actor: StaffActor,
  teamId: string,
  change: RosterChange,
  confirmed: readonly string[],
): { handedOver: number } {
  return withWriteTransaction(deps.db, (tx) => {
    const planned = plan(tx, deps, actor, teamId, change, 'de');
    const conflicts = planned.flatMap((p) => p.conflicts.map((c) => c.id));
    assertConfirmed(conflicts, confirmed);
    for (const p of planned)
      commitChange(
        tx,
        deps,
        actor,
        p.staffId,
        p.change,
        p.conflicts.map((c) => c.id),
      );
    copyTargets(
      tx,
      deps,
      actor,
      change,
      authorizeRoster(tx, actor, teamId).members.map((m) => m.id),
    );
    const ctx = { db: deps.db, now: deps.now, actorId: actor.staffId };
    recordAudit(tx, ctx, {
      action: change.op === 'copy' ? 'team.roster_copied' : 'staff.roster_changed',
      entityType: change.op === 'copy' ? 'team' : 'staff',
      entityId: change.op === 'copy' ? teamId : change.staffId,
      details: { ...auditDetails(change), handedOver: conflicts },
    });
    return { handedOver: conflicts.length };
  });
}

/** Sets one counsellor's channel targets for one week (replacing that week's targets). */
export function saveChannelTargets(
  deps: RosterDeps,
  actor: StaffActor,
  teamId: string,
  input: { staffId: string; week: string; targets: ChannelTargets },
): void {
  if (!targetsFit(input.targets))
    throw new AppError('INVALID_INPUT', 'Targets add up to more than 100 %.', {
      reason: 'targets_over_100',
      fieldErrors: { [channels.find((c) => input.targets[c] !== undefined) ?? 'video']: ['over'] },
    });
  withWriteTransaction(deps.db, (tx) => {
    const { members } = authorizeRoster(tx, actor, teamId);
    assertMember(members, input.staffId);
    const weekStart = weekOf(input.week).monday;
    const targets = channels
      .filter((c) => input.targets[c] !== undefined)
      .map((channel) => ({ channel, sharePercent: input.targets[channel]! }));
    replaceQuotas(
      tx,
      {
        staffId: input.staffId,
        weekStart,
        updatedBy: actor.staffId,
        updatedAt: deps.now.toISOString(),
      },
      targets,
    );
    recordAudit(
      tx,
      { db: deps.db, now: deps.now, actorId: actor.staffId },
      {
        action: 'staff.quota_set',
        entityType: 'staff',
        entityId: input.staffId,
        details: {
          week: weekStart,
          ...Object.fromEntries(targets.map((t) => [t.channel, t.sharePercent])),
        },
      },
    );
  });
}
