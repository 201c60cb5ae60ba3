// Unitising and the reliability data of inter-coder agreement (see agreement.ts): per code, the
// coders' decisions on every unit of the documents they took part in, with runs of identical units
// folded together so a long story does not become millions of rows.

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
