// The statistics of inter-coder agreement (see agreement.ts): percent agreement, Cohen's kappa and
// Krippendorff's alpha (nominal), over weighted units (a weight of w stands for w identical units), and
// the same over plain coders × units arrays.

export interface PairAgreement {
  coderA: string;
  coderB: string;
  /** Units both coders judged. */
  units: number;
  /** Units on which they made the same decision. */
  agreed: number;
  percentAgreement: number | null;
  kappa: number | null;
}

type Matrix = readonly (readonly (number | null | undefined)[])[];

interface WeightedUnit {
  values: readonly (number | null | undefined)[];
  weight: number;
}

function present(v: number | null | undefined): v is number {
  return v !== null && v !== undefined && !Number.isNaN(v);
}

function columns(matrix: Matrix): WeightedUnit[] {
  const width = Math.max(0, ...matrix.map((row) => row.length));
  return Array.from({ length: width }, (_, u) => ({
    values: matrix.map((row) => row[u] ?? null),
    weight: 1,
  }));
}

interface PairCounts {
  units: number;
  agreed: number;
  /** Σ over categories of (A's count × B's count): n² × the chance agreement Pe. */
  chanceProduct: number;
}

function pairCounts(units: readonly WeightedUnit[], i: number, j: number): PairCounts {
  let n = 0;
  let agreed = 0;
  const countA = new Map<number, number>();
  const countB = new Map<number, number>();
  for (const { values, weight } of units) {
    const a = values[i];
    const b = values[j];
    if (!present(a) || !present(b)) continue;
    n += weight;
    if (a === b) agreed += weight;
    countA.set(a, (countA.get(a) ?? 0) + weight);
    countB.set(b, (countB.get(b) ?? 0) + weight);
  }
  let chanceProduct = 0;
  for (const [k, ca] of countA) chanceProduct += ca * (countB.get(k) ?? 0);
  return { units: n, agreed, chanceProduct };
}

/**
 * κ = (Po − Pe) / (1 − Pe), computed as (n·agreed − Σ) / (n² − Σ) with Σ = n²·Pe so counts stay exact.
 * When Pe = 1 both coders gave one and the same category to every unit: κ is 0/0 there, and we return 1,
 * since the coders did agree on everything (the raw counts show how little that says).
 */
function kappaOf({ units: n, agreed, chanceProduct }: PairCounts): number | null {
  if (n === 0) return null;
  const denominator = n * n - chanceProduct;
  if (denominator === 0) return 1;
  return (n * agreed - chanceProduct) / denominator;
}

export function pairsOf(units: readonly WeightedUnit[], coderIds: readonly string[]): PairAgreement[] {
  const pairs: PairAgreement[] = [];
  for (let i = 0; i < coderIds.length; i++) {
    for (let j = i + 1; j < coderIds.length; j++) {
      const counts = pairCounts(units, i, j);
      pairs.push({
        coderA: coderIds[i] ?? '',
        coderB: coderIds[j] ?? '',
        units: counts.units,
        agreed: counts.agreed,
        percentAgreement: counts.units === 0 ? null : counts.agreed / counts.units,
        kappa: kappaOf(counts),
      });
    }
  }
  return pairs;
}

export function meanPercent(pairs: readonly PairAgreement[]): number | null {
  const known = pairs.flatMap((p) => (p.percentAgreement === null ? [] : [p.percentAgreement]));
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0) / known.length;
}

/**
 * Krippendorff's alpha for nominal data by the coincidence matrix: only units with two values or more
 * count; each contributes its ordered pairs of values from different coders, weighted 1 / (m − 1).
 * α = 1 − (n − 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c·n_k. When nobody varied (one category in all pairable
 * values) α is 0/0; as with kappa we return 1 there. Null when nothing is pairable.
 */
export function alphaOf(units: readonly WeightedUnit[]): number | null {
  let disagreeing = 0; // Σ_{c≠k} o_ck
  const totals = new Map<number, number>(); // n_c
  for (const { values, weight } of units) {
    const counts = new Map<number, number>();
    let m = 0;
    for (const v of values) {
      if (!present(v)) continue;
      counts.set(v, (counts.get(v) ?? 0) + 1);
      m++;
    }
    if (m < 2) continue;
    let sameSquares = 0;
    for (const [c, count] of counts) {
      sameSquares += count * count;
      totals.set(c, (totals.get(c) ?? 0) + count * weight);
    }
    disagreeing += (weight * (m * m - sameSquares)) / (m - 1);
  }
  let n = 0;
  let squares = 0;
  for (const total of totals.values()) {
    n += total;
    squares += total * total;
  }
  if (n === 0) return null;
  const expected = n * n - squares; // Σ_{c≠k} n_c·n_k
  if (expected === 0) return 1;
  return 1 - ((n - 1) * disagreeing) / expected;
}

// --- over plain arrays ---

/**
 * Mean over coder pairs of the proportion of units, among those both judged, on which the pair agrees.
 * The matrix is coders × units; null (or a missing cell) is a unit the coder did not judge.
 */
export function percentAgreement(matrix: Matrix): number | null {
  const units = columns(matrix);
  return meanPercent(
    pairsOf(
      units,
      matrix.map((_, i) => String(i)),
    ),
  );
}

/** Cohen's kappa for two coders' nominal decisions; units either left out (null) are skipped. */
export function cohensKappa(a: readonly (number | null)[], b: readonly (number | null)[]): number | null {
  return kappaOf(pairCounts(columns([a, b]), 0, 1));
}

/** Krippendorff's alpha, nominal, for a coders × units matrix with null for missing values. */
export function krippendorffAlpha(matrix: Matrix): number | null {
  return alphaOf(columns(matrix));
}
