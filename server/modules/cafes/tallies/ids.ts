// Ids compared by code unit, not localeCompare, so every tally orders the same on every server.

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The distinct ids, in code-unit order. */
export function sortedUnique(ids: readonly string[]): string[] {
  return [...new Set(ids)].sort(compareIds);
}
