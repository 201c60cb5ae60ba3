// Inter-coder agreement for peer researchers coding the same stories: percent agreement, Cohen's kappa and
// Krippendorff's alpha (nominal), at the level of characters, sentences or whole stories. Pure functions;
// every result carries raw counts, because two coders and a handful of stories is the usual size.
//
// Each (code, unit) is a binary decision per coder: did they apply the code to any of the unit? A coder
// who took part in a document contributes a 0 for every unit they left uncoded; a coder who did not take
// part contributes nothing there (missing), which Krippendorff's alpha handles and pairwise figures skip.

export type AgreementUnit = 'character' | 'sentence' | 'story';

/** A half-open range [start, end) of UTF-16 offsets into a document's text, as JavaScript strings count. */
export interface Span {
  start: number;
  end: number;
}

export interface CodeApplication {
  documentId: string;
  coderId: string;
  codeId: string;
  start: number;
  end: number;
}

export interface AgreementDocument {
  id: string;
  text: string;
}

export interface Assignment {
  documentId: string;
  coderId: string;
}

export interface AgreementInput {
  unit: AgreementUnit;
  documents: readonly AgreementDocument[];
  coderIds: readonly string[];
  codeIds: readonly string[];
  applications: readonly CodeApplication[];
  /**
   * Which coders coded which documents. Without it every coder is taken to have coded every document.
   * A coder with an application in a document took part in it either way.
   */
  assignments?: readonly Assignment[];
}

export type Decision = 0 | 1 | null;

/**
 * A run of consecutive units in one document on which every coder made the same decisions. At sentence
 * and story level each run is one unit; at character level a run covers `weight` characters, so a long
 * story does not become millions of rows.
 */
export interface ReliabilityRun {
  documentId: string;
  start: number;
  end: number;
  /** Units in the run (characters at character level, counted as Unicode code points). */
  weight: number;
  /** One decision per coder, in the order of `coderIds`; null where the coder did not take part. */
  values: Decision[];
}

export interface ReliabilityData {
  codeId: string;
  coderIds: string[];
  runs: ReliabilityRun[];
}

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

export interface CoderCounts {
  coderId: string;
  /** Units the coder judged (units of the documents they took part in). */
  units: number;
  /** Units the coder applied the code to. */
  codedUnits: number;
}

export interface AgreementStats {
  /** Units judged by at least one coder. */
  units: number;
  /** Units judged by two coders or more: the ones the statistics use. */
  pairableUnits: number;
  coders: CoderCounts[];
  /** Mean over coder pairs of the proportion of shared units on which the pair agrees. */
  percentAgreement: number | null;
  pairs: PairAgreement[];
  alpha: number | null;
}

export interface DisagreementSpan {
  documentId: string;
  start: number;
  end: number;
  appliedBy: string[];
  notAppliedBy: string[];
}

export interface CodeAgreement extends AgreementStats {
  codeId: string;
  disagreements: DisagreementSpan[];
}

export interface AgreementResult {
  unit: AgreementUnit;
  coderIds: string[];
  /** Pooled over all codes: each unit × code is one decision. */
  overall: AgreementStats;
  codes: CodeAgreement[];
}

type Matrix = readonly (readonly (number | null | undefined)[])[];

interface WeightedUnit {
  values: readonly (number | null | undefined)[];
  weight: number;
}

// ---------------------------------------------------------------------------------------------------
// Unitising

/** A sentence ends after . ! or ? (and any closing quotes or brackets) that are followed by space or the end. */
const SENTENCE_END = /[.!?]+["'”’)\]]*(?=\s|$)/g;
const BLANK_LINE = /\n[ \t\r]*\n/g;
const SPACE = /\s/;

/**
 * The units of a text as half-open UTF-16 ranges. Characters are Unicode code points, so an emoji is one
 * unit two offsets wide. Sentences are trimmed of surrounding whitespace, which belongs to no unit.
 */
export function buildUnits(text: string, unit: AgreementUnit): Span[] {
  if (text.length === 0) return [];
  if (unit === 'story') return [{ start: 0, end: text.length }];
  if (unit === 'character') {
    const units: Span[] = [];
    for (let i = 0; i < text.length;) {
      const end = i + ((text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1);
      units.push({ start: i, end });
      i = end;
    }
    return units;
  }
  const cuts = new Set<number>([text.length]);
  for (const match of text.matchAll(SENTENCE_END)) cuts.add(match.index + match[0].length);
  for (const match of text.matchAll(BLANK_LINE)) cuts.add(match.index);
  const units: Span[] = [];
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    let start = from;
    let end = cut;
    while (start < end && SPACE.test(text.charAt(start))) start++;
    while (end > start && SPACE.test(text.charAt(end - 1))) end--;
    if (end > start) units.push({ start, end });
    from = cut;
  }
  return units;
}

function isLowSurrogateAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff;
}

function isHighSurrogateAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff;
}

/** True when offset i falls inside a surrogate pair, i.e. in the middle of one character. */
function splitsPair(text: string, i: number): boolean {
  return i > 0 && i < text.length && isHighSurrogateAt(text, i - 1) && isLowSurrogateAt(text, i);
}

function codePointsIn(text: string, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; i++) if (!(i > start && splitsPair(text, i))) count++;
  return count;
}

function clampSpan(text: string, start: number, end: number): Span | null {
  let s = Math.max(0, Math.min(text.length, Math.floor(start)));
  let e = Math.max(0, Math.min(text.length, Math.ceil(end)));
  // Half a character coded counts as the character coded.
  if (splitsPair(text, s)) s--;
  if (splitsPair(text, e)) e++;
  return e > s ? { start: s, end: e } : null;
}

function overlaps(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((s) => s.start < end && s.end > start);
}

function sameValues(a: readonly Decision[], b: readonly Decision[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/**
 * Per code, the coders' decisions on every unit of every document at least one coder took part in.
 * Applications of codes or by coders not listed, or to unknown documents, are left out.
 */
export function buildReliabilityData(input: AgreementInput): ReliabilityData[] {
  const coderIds = [...input.coderIds];
  const coderIndex = new Map(coderIds.map((id, i) => [id, i]));
  const codeIds = new Set(input.codeIds);
  const documents = new Map(input.documents.map((d) => [d.id, d]));

  const tookPart = new Map<string, Set<string>>();
  const addPart = (documentId: string, coderId: string) => {
    const set = tookPart.get(documentId) ?? new Set<string>();
    set.add(coderId);
    tookPart.set(documentId, set);
  };
  if (input.assignments) {
    for (const a of input.assignments) if (coderIndex.has(a.coderId)) addPart(a.documentId, a.coderId);
  } else {
    for (const d of input.documents) for (const c of coderIds) addPart(d.id, c);
  }

  // spans[documentId][codeId][coderIndex]
  const spans = new Map<string, Map<string, Span[][]>>();
  for (const a of input.applications) {
    const index = coderIndex.get(a.coderId);
    const document = documents.get(a.documentId);
    if (index === undefined || !document || !codeIds.has(a.codeId)) continue;
    const span = clampSpan(document.text, a.start, a.end);
    if (!span) continue;
    addPart(a.documentId, a.coderId);
    const byCode = spans.get(a.documentId) ?? new Map<string, Span[][]>();
    spans.set(a.documentId, byCode);
    const byCoder = byCode.get(a.codeId) ?? coderIds.map(() => []);
    byCode.set(a.codeId, byCoder);
    byCoder[index]?.push(span);
  }

  const sentenceOrStoryUnits = new Map<string, Span[]>();
  return input.codeIds.map((codeId) => {
    const runs: ReliabilityRun[] = [];
    for (const document of input.documents) {
      const participants = tookPart.get(document.id);
      if (!participants || participants.size === 0) continue;
      const coderSpans = spans.get(document.id)?.get(codeId) ?? coderIds.map(() => []);
      const decide = (start: number, end: number): Decision[] =>
        coderIds.map((coderId, i) =>
          participants.has(coderId) ? (overlaps(coderSpans[i] ?? [], start, end) ? 1 : 0) : null,
        );

      if (input.unit === 'character') {
        // Between consecutive boundaries of any coder's spans every character has the same decisions.
        const bounds = new Set<number>([0, document.text.length]);
        for (const list of coderSpans) for (const s of list) bounds.add(s.start).add(s.end);
        const sorted = [...bounds].sort((a, b) => a - b);
        for (let i = 0; i + 1 < sorted.length; i++) {
          const start = sorted[i] ?? 0;
          const end = sorted[i + 1] ?? 0;
          if (end <= start) continue;
          const values = decide(start, end);
          const weight = codePointsIn(document.text, start, end);
          const last = runs[runs.length - 1];
          if (
            last &&
            last.documentId === document.id &&
            last.end === start &&
            sameValues(last.values, values)
          ) {
            last.end = end;
            last.weight += weight;
          } else {
            runs.push({ documentId: document.id, start, end, weight, values });
          }
        }
      } else {
        let units = sentenceOrStoryUnits.get(document.id);
        if (!units) {
          units = buildUnits(document.text, input.unit);
          sentenceOrStoryUnits.set(document.id, units);
        }
        for (const u of units) {
          runs.push({
            documentId: document.id,
            start: u.start,
            end: u.end,
            weight: 1,
            values: decide(u.start, u.end),
          });
        }
      }
    }
    return { codeId, coderIds, runs };
  });
}

/** Expands reliability data into a plain coders × units matrix (one column per unit, runs unrolled). */
export function toMatrix(data: ReliabilityData): Decision[][] {
  return data.coderIds.map((_, i) =>
    data.runs.flatMap((run) => Array<Decision>(run.weight).fill(run.values[i] ?? null)),
  );
}

// ---------------------------------------------------------------------------------------------------
// Statistics over weighted units (a weight of w stands for w identical units)

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

function pairsOf(units: readonly WeightedUnit[], coderIds: readonly string[]): PairAgreement[] {
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

function meanPercent(pairs: readonly PairAgreement[]): number | null {
  const known = pairs.flatMap((p) => (p.percentAgreement === null ? [] : [p.percentAgreement]));
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0) / known.length;
}

/**
 * Krippendorff's alpha for nominal data by the coincidence matrix: only units with two values or more
 * count; each contributes its ordered pairs of values from different coders, weighted 1 / (m − 1).
 * α = 1 − (n − 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c·n_k. When nobody varied (one category in all pairable
 * values) α is 0/0; as with kappa we return 1 there. Null when nothing is pairable.
 */
function alphaOf(units: readonly WeightedUnit[]): number | null {
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

// ---------------------------------------------------------------------------------------------------
// Public statistics over plain arrays

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

// ---------------------------------------------------------------------------------------------------
// The whole computation

function statsOf(runs: readonly ReliabilityRun[], coderIds: readonly string[]): AgreementStats {
  let units = 0;
  let pairableUnits = 0;
  const coders = coderIds.map((coderId) => ({ coderId, units: 0, codedUnits: 0 }));
  for (const run of runs) {
    let judged = 0;
    run.values.forEach((v, i) => {
      const counts = coders[i];
      if (v === null || !counts) return;
      judged++;
      counts.units += run.weight;
      if (v === 1) counts.codedUnits += run.weight;
    });
    if (judged >= 1) units += run.weight;
    if (judged >= 2) pairableUnits += run.weight;
  }
  const pairs = pairsOf(runs, coderIds);
  return { units, pairableUnits, coders, percentAgreement: meanPercent(pairs), pairs, alpha: alphaOf(runs) };
}

function disagreementsOf(data: ReliabilityData): DisagreementSpan[] {
  const spans: DisagreementSpan[] = [];
  for (const run of data.runs) {
    const appliedBy = data.coderIds.filter((_, i) => run.values[i] === 1);
    const notAppliedBy = data.coderIds.filter((_, i) => run.values[i] === 0);
    if (appliedBy.length === 0 || notAppliedBy.length === 0) continue;
    spans.push({ documentId: run.documentId, start: run.start, end: run.end, appliedBy, notAppliedBy });
  }
  return spans;
}

/** Agreement per code and pooled over codes, with the spans where coders differ, as plain JSON. */
export function computeAgreement(input: AgreementInput): AgreementResult {
  const coderIds = [...input.coderIds];
  const data = buildReliabilityData(input);
  return {
    unit: input.unit,
    coderIds,
    overall: statsOf(
      data.flatMap((d) => d.runs),
      coderIds,
    ),
    codes: data.map((d) => ({
      codeId: d.codeId,
      ...statsOf(d.runs, coderIds),
      disagreements: disagreementsOf(d),
    })),
  };
}
