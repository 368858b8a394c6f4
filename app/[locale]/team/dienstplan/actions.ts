'use server';

import type { ActionState } from '@/lib/action';
import { applyRosterChange, saveChannelTargets } from '@/lib/roster/service';
import {
  confirmedSchema,
  rosterChangeQuery,
  rosterChangeSchema,
  targetsFormSchema,
  targetsOf,
  toRosterChange,
  type FlatRosterChange,
} from '@/lib/roster/schemas';
import { redirectTo, runRosterAction } from '../_lib/roster-action';

const page = '/team/dienstplan';
const checkPage = '/team/dienstplan/pruefen';

function backToWeek(flat: FlatRosterChange, done: string, count?: number) {
  const query: Record<string, string> = { team: flat.team, woche: flat.woche, erledigt: done };
  if (count) query.anzahl = String(count);
  return redirectTo(page, query);
}

/**
 * Every roster edit (add, change, remove, copy a week): saved at once when it strands no
 * appointment; otherwise nothing is saved and the lead sees the appointments on the check
 * page first, with the change carried in its URL.
 */
export async function rosterChangeAction(_state: ActionState, formData: FormData) {
  let flat: FlatRosterChange | undefined;
  const result = await runRosterAction(rosterChangeSchema, formData, ({ actor, deps }, input) => {
    flat = input;
    return applyRosterChange(deps, actor, input.team, toRosterChange(input), []);
  });
  if (!result.ok) {
    if (result.reason === 'availability_conflicts' && flat)
      return redirectTo(checkPage, rosterChangeQuery(flat));
    return result;
  }
  return backToWeek(flat!, flat!.op === 'copy' ? 'copied' : 'saved');
}

const confirmSchema = confirmedSchema.and(rosterChangeSchema);

/** The check page's "save and hand over"; a changed list shows the check page again. */
export async function confirmRosterChangeAction(_state: ActionState, formData: FormData) {
  let flat: FlatRosterChange | undefined;
  const result = await runRosterAction(confirmSchema, formData, ({ actor, deps }, input) => {
    const { bestaetigt, ...change } = input;
    flat = change as FlatRosterChange;
    return applyRosterChange(deps, actor, flat.team, toRosterChange(flat), bestaetigt);
  });
  if (!result.ok) {
    if (result.reason === 'availability_conflicts' && flat)
      return redirectTo(checkPage, { ...rosterChangeQuery(flat), geaendert: '1' });
    return result;
  }
  const count = result.data.handedOver;
  return backToWeek(flat!, count > 0 ? 'handedOver' : 'saved', count);
}

export async function saveTargetsAction(_state: ActionState, formData: FormData) {
  let week = '';
  let team = '';
  const result = await runRosterAction(targetsFormSchema, formData, ({ actor, deps }, input) => {
    week = input.woche;
    team = input.team;
    saveChannelTargets(deps, actor, input.team, {
      staffId: input.person,
      week: input.woche,
      targets: targetsOf(input),
    });
  });
  if (!result.ok) return result;
  return redirectTo(page, { team, woche: week, erledigt: 'targets' });
}
