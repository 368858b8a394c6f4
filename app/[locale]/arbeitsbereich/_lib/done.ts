/**
 * What the last change did, carried as `?erledigt=<kind>` to the page it redirected to,
 * so the notice survives a reload. Unknown values show nothing.
 */
export function readDone<T extends string>(
  query: Record<string, string | string[] | undefined>,
  kinds: readonly T[],
): T | undefined {
  const value = query.erledigt;
  return kinds.find((kind) => kind === value);
}

export function readCount(query: Record<string, string | string[] | undefined>): number {
  const count = Number(typeof query.anzahl === 'string' ? query.anzahl : 0);
  return Number.isInteger(count) && count > 0 ? count : 0;
}
