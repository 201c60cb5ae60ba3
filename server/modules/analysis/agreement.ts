// Inter-coder agreement for peer researchers coding the same stories: percent agreement, Cohen's kappa and
// Krippendorff's alpha (nominal), at the level of characters, sentences or whole stories. Pure functions;
// every result carries raw counts, because two coders and a handful of stories is the usual size.
//
// Each (code, unit) is a binary decision per coder: did they apply the code to any of the unit? A coder
// who took part in a document contributes a 0 for every unit they left uncoded; a coder who did not take
// part contributes nothing there (missing), which Krippendorff's alpha handles and pairwise figures skip.
//
// The pieces: agreement-reliability.ts (units and decisions), agreement-statistics.ts (the figures).

import {
  buildReliabilityData,
  type AgreementInput,
  type AgreementUnit,
  type ReliabilityData,
  type ReliabilityRun,
} from './agreement-reliability.js';
import { alphaOf, meanPercent, pairsOf, type PairAgreement } from './agreement-statistics.js';

export {
  buildReliabilityData,
  buildUnits,
  toMatrix,
  type AgreementDocument,
  type AgreementInput,
  type AgreementUnit,
  type Assignment,
  type CodeApplication,
  type Decision,
  type ReliabilityData,
  type ReliabilityRun,
  type Span,
} from './agreement-reliability.js';
export {
  cohensKappa,
  krippendorffAlpha,
  percentAgreement,
  type PairAgreement,
} from './agreement-statistics.js';

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

/**
 * The team's figures pooled over the codes somebody used: each unit × code used is one decision. Codes
 * nobody applied are left out, because two coders "agree" on every unit of a code neither used, and a
 * codebook of thirty codes would otherwise read as 99% agreement whatever the coders did.
 */
export interface OverallAgreement extends AgreementStats {
  /** Decisions judged by two coders or more (units × codes used): what the pooled figures are over. */
  decisions: number;
  codesUsed: number;
  codesInCodebook: number;
}

export interface AgreementResult {
  unit: AgreementUnit;
  coderIds: string[];
  /** Units (`units`, `pairableUnits`) are counted once; the figures are pooled over the codes used. */
  overall: OverallAgreement;
  codes: CodeAgreement[];
}

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
  const used = data.filter((d) => d.runs.some((run) => run.values.some((v) => v === 1)));
  const pooled = statsOf(
    used.flatMap((d) => d.runs),
    coderIds,
  );
  // every code's runs cover the same units, so any one of them counts the units once
  const once = statsOf(data[0]?.runs ?? [], coderIds);
  return {
    unit: input.unit,
    coderIds,
    overall: {
      ...pooled,
      units: once.units,
      pairableUnits: once.pairableUnits,
      decisions: pooled.pairableUnits,
      codesUsed: used.length,
      codesInCodebook: data.length,
    },
    codes: data.map((d) => ({
      codeId: d.codeId,
      ...statsOf(d.runs, coderIds),
      disagreements: disagreementsOf(d),
    })),
  };
}
