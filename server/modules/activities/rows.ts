/** What a repository answers when asked about no ids at all: nothing, without a query. */
export const none = <T>(): Promise<T[]> => Promise.resolve([]);

/** The one row an insert returned; its absence is a bug, not a user's mistake. */
export function first<T>(rows: T[], what: string): T {
  const [row] = rows;
  if (!row) throw new Error(`${what} not inserted`);
  return row;
}
