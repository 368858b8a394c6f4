/**
 * What the last change did, carried to the page it redirects to as `?erledigt=…` (and
 * `&termine=<n>` for appointments that remain), so the notice survives a reload.
 */
export const doneKinds = {
  angelegt: 'created',
  gespeichert: 'saved',
  unveraendert: 'unchanged',
  deaktiviert: 'deactivated',
  aktiviert: 'reactivated',
  geloescht: 'deleted',
} as const;
export type DoneParam = keyof typeof doneKinds;
export type DoneKind = (typeof doneKinds)[DoneParam];

export function doneQuery(kind: DoneParam, upcomingBookings = 0): Record<string, string> {
  return upcomingBookings > 0
    ? { erledigt: kind, termine: String(upcomingBookings) }
    : { erledigt: kind };
}

export function savedOrUnchanged(result: { changed: boolean }): DoneParam {
  return result.changed ? 'gespeichert' : 'unveraendert';
}

export function readDone(query: Record<string, string | string[] | undefined>) {
  const param = typeof query.erledigt === 'string' ? query.erledigt : '';
  const kind = Object.hasOwn(doneKinds, param) ? doneKinds[param as DoneParam] : undefined;
  const upcoming = Number(typeof query.termine === 'string' ? query.termine : 0);
  return kind ? { kind, upcomingBookings: Number.isInteger(upcoming) ? upcoming : 0 } : undefined;
}
