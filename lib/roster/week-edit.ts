import { addDaysToLocalDate, type LocalDate } from '@/lib/calendar/local-date';
import type { WeeklyBlock } from '@/lib/workspace/availability-rules';
import type { BlockEdit } from '@/lib/workspace/availability';
import { dateInWeek, shiftWeek, type Week } from './week';

/**
 * How an edit made in one concrete week of the roster becomes changes to weekly rules
 * with validity periods. Blocks are weekly rules; the roster shows one week of them.
 *
 * - scope `week`: the change applies in the shown week only. The rule is cut around the
 *   week (its part before and its part after stay as they were) and the changed block is
 *   a new rule valid from that Monday to that Sunday.
 * - scope `onwards`: the change applies from the shown week on. The rule ends the Sunday
 *   before; the changed block is a new rule from that Monday to the rule's old end.
 *
 * Nothing is ever rewritten in the past: a week edit touches only the dates it names.
 */
export type Scope = 'week' | 'onwards';

type NewBlock = Omit<WeeklyBlock, 'id'>;
export type BlockFields = Omit<NewBlock, 'validFrom' | 'validTo'>;

const emptyEdit = (): {
  remove: string[];
  revalidate: BlockEdit['revalidate'][number][];
  add: NewBlock[];
} => ({
  remove: [],
  revalidate: [],
  add: [],
});

export function mergeEdits(edits: readonly BlockEdit[]): BlockEdit {
  return {
    remove: edits.flatMap((e) => e.remove),
    revalidate: edits.flatMap((e) => e.revalidate),
    add: edits.flatMap((e) => e.add),
  };
}

function fieldsOf(block: WeeklyBlock): BlockFields {
  return {
    officeId: block.officeId,
    weekday: block.weekday,
    startTime: block.startTime,
    endTime: block.endTime,
    channels: block.channels,
    room: block.room ?? null,
  };
}

/**
 * The block no longer applies from `from` to `to` (inclusive; null = for good): what is
 * left before and after stays, as the same rule and, when both are left, one copy.
 */
export function cutOut(block: WeeklyBlock, from: LocalDate, to: LocalDate | null): BlockEdit {
  const edit = emptyEdit();
  const before =
    block.validFrom < from
      ? { validFrom: block.validFrom, validTo: addDaysToLocalDate(from, -1) }
      : null;
  const after =
    to !== null && (block.validTo === null || block.validTo > to)
      ? { validFrom: addDaysToLocalDate(to, 1), validTo: block.validTo }
      : null;
  const untouched = block.validTo !== null && block.validTo < from;
  if (untouched || (to !== null && block.validFrom > to)) return edit;
  if (!before && !after) edit.remove.push(block.id);
  else if (before) {
    edit.revalidate.push({ id: block.id, ...before });
    if (after) edit.add.push({ ...fieldsOf(block), ...after });
  } else if (after) edit.revalidate.push({ id: block.id, ...after });
  return edit;
}

function periodOf(week: Week, scope: Scope, end: LocalDate | null = null) {
  return { validFrom: week.monday, validTo: scope === 'week' ? week.sunday : end };
}

export function addInWeek(fields: BlockFields, week: Week, scope: Scope): BlockEdit {
  return { remove: [], revalidate: [], add: [{ ...fields, ...periodOf(week, scope) }] };
}

export function removeInWeek(block: WeeklyBlock, week: Week, scope: Scope): BlockEdit {
  return cutOut(block, week.monday, scope === 'week' ? week.sunday : null);
}

/** Moves or changes a block (day, times, channels, office, room) in the week or from it on. */
export function changeInWeek(
  block: WeeklyBlock,
  fields: BlockFields,
  week: Week,
  scope: Scope,
): BlockEdit {
  const changed = { ...fields, ...periodOf(week, scope, block.validTo) };
  return mergeEdits([
    removeInWeek(block, week, scope),
    { remove: [], revalidate: [], add: [changed] },
  ]);
}

/**
 * The following `weeks` weeks get exactly the blocks of `week`. A rule that already
 * applies throughout stays untouched; every other rule is cut out of those weeks, and
 * each block of the week that does not reach through them is copied for them.
 */
export function copyWeek(blocks: readonly WeeklyBlock[], week: Week, weeks: number): BlockEdit {
  const from = shiftWeek(week, 1).monday;
  const to = shiftWeek(week, weeks).sunday;
  const edits = blocks.map((block) => {
    const source = dateInWeek(week, block.weekday);
    const lastTarget = dateInWeek(shiftWeek(week, weeks), block.weekday);
    const isInWeek =
      block.validFrom <= source && (block.validTo === null || source <= block.validTo);
    const reachesThrough = isInWeek && (block.validTo === null || lastTarget <= block.validTo);
    if (reachesThrough) return emptyEdit();
    const cut = cutOut(block, from, to);
    if (!isInWeek) return cut;
    return mergeEdits([
      cut,
      { remove: [], revalidate: [], add: [{ ...fieldsOf(block), validFrom: from, validTo: to }] },
    ]);
  });
  return mergeEdits(edits);
}
