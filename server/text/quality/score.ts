// Scores `cairn analyse` output against a labelled corpus, by the same rules as the scorer used on
// stories the team never sees, so the repository measures itself with nothing beside it.
//
// PII is scored on characters: every whole-word occurrence of a gold string is a gold span, caught
// when at least 80% of its characters fall inside predicted spans. Precision is the share of
// predicted characters inside some gold span. Risk: recall and false-positive rate of `current`.
import { readFileSync } from 'node:fs';

export interface GoldStory {
  id: string;
  text: string;
  channel?: string;
  kind?: string;
  pii: { text: string; type: string }[];
  chime: string[];
  risk: 'none' | 'historic' | 'current';
  notes?: string;
}

export interface PredictedStory {
  id: string;
  pii: { start: number; end: number; type: string }[];
  risk: 'none' | 'historic' | 'current';
  themes: { code: string; score?: number }[];
}

export interface Scores {
  stories: number;
  missing_predictions: number;
  pii_recall_direct: number;
  pii_recall_all: number;
  pii_char_precision: number;
  pii_recall_by_type: Record<string, number>;
  risk_current_recall: number;
  risk_current_false_positive_rate: number;
  risk_exact_accuracy: number;
  themes_micro_f1: number;
  themes_f1_by_code: Record<string, number>;
  /** Current-risk recall per corpus kind (e.g. current:preparatory), where the corpus names kinds. */
  risk_recall_by_kind: Record<string, number>;
  /** False alarms per corpus kind among stories that are not current. */
  risk_false_alarms_by_kind: Record<string, number>;
  first_misses: string[];
}

/** Identifiers that name a person or reach them directly. */
export const DIRECT_IDENTIFIERS: ReadonlySet<string> = new Set([
  'PERSON',
  'PHONE',
  'EMAIL',
  'NHS_NUMBER',
  'NI_NUMBER',
  'POSTCODE',
  'ADDRESS',
  'DATE_OF_BIRTH',
  'URL_OR_HANDLE',
]);
const CHIME = ['connectedness', 'hope', 'identity', 'meaning', 'empowerment'];

export function readJsonLines<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, i) => {
      try {
        return JSON.parse(l) as T;
      } catch {
        throw new Error(`${path}:${i + 1}: not JSON`);
      }
    });
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Whole-token occurrences only: "Will" inside "William" or "will" is not the name. */
function occurrences(text: string, needle: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) {
    if (isWordChar(text[i - 1]) || isWordChar(text[i + needle.length])) continue;
    out.push([i, i + needle.length]);
  }
  return out;
}

const ratio = (a: number, b: number): number => (b ? a / b : 1);
const f1 = (t: number, p: number, n: number): number => (2 * t) / (2 * t + p + n || 1);
const round = (x: number): number => Math.round(x * 1000) / 1000;

export function scoreAnalysis(gold: GoldStory[], predicted: PredictedStory[]): Scores {
  const pred = new Map(predicted.map((p) => [p.id, p]));
  const byType: Record<string, { gold: number; caught: number }> = {};
  let predChars = 0;
  let predCharsInGold = 0;
  let missing = 0;
  const risk = { tp: 0, fn: 0, fp: 0, tn: 0, exact: 0, n: 0 };
  const theme = Object.fromEntries(CHIME.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<
    string,
    { tp: number; fp: number; fn: number }
  >;
  const kinds: Record<string, { n: number; flagged: number }> = {};
  const misses: string[] = [];

  for (const g of gold) {
    const p = pred.get(g.id);
    if (!p) missing++;
    const mask = new Uint8Array(g.text.length);
    for (const s of p?.pii ?? []) {
      const a = Math.max(0, s.start | 0);
      const b = Math.min(g.text.length, s.end | 0);
      for (let i = a; i < b; i++) mask[i] = 1;
    }
    const goldMask = new Uint8Array(g.text.length);
    const spans: { a: number; b: number; type: string; text: string }[] = [];
    for (const e of g.pii ?? []) {
      for (const [a, b] of occurrences(g.text, e.text)) spans.push({ a, b, type: e.type, text: e.text });
    }
    for (const s of spans) for (let i = s.a; i < s.b; i++) goldMask[i] = 1;
    for (const s of spans) {
      let hit = 0;
      for (let i = s.a; i < s.b; i++) hit += mask[i] ?? 0;
      const t = (byType[s.type] ??= { gold: 0, caught: 0 });
      t.gold++;
      if (hit >= 0.8 * (s.b - s.a)) t.caught++;
      else if (misses.length < 60) misses.push(`${g.id} ${s.type} "${s.text}"`);
    }
    for (let i = 0; i < mask.length; i++) {
      if (mask[i]) {
        predChars++;
        predCharsInGold += goldMask[i] ?? 0;
      }
    }

    const gr = g.risk ?? 'none';
    const pr = p?.risk ?? 'none';
    risk.n++;
    if (gr === pr) risk.exact++;
    if (gr === 'current' && pr === 'current') risk.tp++;
    else if (gr === 'current') risk.fn++;
    else if (pr === 'current') risk.fp++;
    else risk.tn++;
    if (g.kind) {
      const k = (kinds[g.kind] ??= { n: 0, flagged: 0 });
      k.n++;
      if (pr === 'current') k.flagged++;
    }

    const predictedThemes = new Set(
      (p?.themes ?? []).filter((t) => (t.score ?? 1) >= 0.5).map((t) => t.code),
    );
    const labelled = new Set(g.chime ?? []);
    for (const c of CHIME) {
      const t = theme[c];
      if (!t) continue;
      if (predictedThemes.has(c) && labelled.has(c)) t.tp++;
      else if (predictedThemes.has(c)) t.fp++;
      else if (labelled.has(c)) t.fn++;
    }
  }

  const sum = (types: string[], k: 'gold' | 'caught') => types.reduce((n, t) => n + (byType[t]?.[k] ?? 0), 0);
  const allTypes = Object.keys(byType);
  const directTypes = allTypes.filter((t) => DIRECT_IDENTIFIERS.has(t));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const c of CHIME) {
    tp += theme[c]?.tp ?? 0;
    fp += theme[c]?.fp ?? 0;
    fn += theme[c]?.fn ?? 0;
  }
  const kindEntries = Object.entries(kinds).sort(([a], [b]) => a.localeCompare(b));
  return {
    stories: gold.length,
    missing_predictions: missing,
    pii_recall_direct: ratio(sum(directTypes, 'caught'), sum(directTypes, 'gold')),
    pii_recall_all: ratio(sum(allTypes, 'caught'), sum(allTypes, 'gold')),
    pii_char_precision: ratio(predCharsInGold, predChars),
    pii_recall_by_type: Object.fromEntries(
      allTypes.sort().map((t) => [t, round(ratio(byType[t]?.caught ?? 0, byType[t]?.gold ?? 0))]),
    ),
    risk_current_recall: ratio(risk.tp, risk.tp + risk.fn),
    risk_current_false_positive_rate: ratio(risk.fp, risk.fp + risk.tn),
    risk_exact_accuracy: ratio(risk.exact, risk.n),
    themes_micro_f1: f1(tp, fp, fn),
    themes_f1_by_code: Object.fromEntries(
      CHIME.map((c) => [c, round(f1(theme[c]?.tp ?? 0, theme[c]?.fp ?? 0, theme[c]?.fn ?? 0))]),
    ),
    risk_recall_by_kind: Object.fromEntries(
      kindEntries.filter(([k]) => k.startsWith('current')).map(([k, v]) => [k, round(ratio(v.flagged, v.n))]),
    ),
    risk_false_alarms_by_kind: Object.fromEntries(
      kindEntries
        .filter(([k, v]) => !k.startsWith('current') && v.flagged > 0)
        .map(([k, v]) => [k, v.flagged]),
    ),
    first_misses: misses,
  };
}
