/** An idea still standing: neither hidden by a facilitator nor merged into another idea. */
export function isStanding(idea: { hidden: boolean; mergedInto: string | null }): boolean {
  return !idea.hidden && !idea.mergedInto;
}
