import { describe, expect, it } from 'vitest';
import {
  buildReliabilityData,
  buildUnits,
  cohensKappa,
  computeAgreement,
  krippendorffAlpha,
  percentAgreement,
  toMatrix,
  type CodeApplication,
} from './agreement.js';

const _ = null;

describe('krippendorffAlpha (nominal)', () => {
  it("matches Krippendorff's 4 observers × 12 units example with missing values: α = 0.743", () => {
    // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C.
    // By hand: unit 12 has one value, so 11 units and n = 40 pairable values;
    // n_1 = 9, n_2 = 13, n_3 = 10, n_4 = 5, n_5 = 3, so Σ_{c≠k} n_c·n_k = 40² − 384 = 1216.
    // Disagreeing units: 2 (2,2,3,2) gives (16 − 10)/3 = 2; 6 (1,2,3,4) gives (16 − 4)/3 = 4;
    // 8 (1,1,2,1) gives 2: Σ_{c≠k} o_ck = 8. α = 1 − 39 · 8 / 1216 = 0.7434…
    const reliability = [
      [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
      [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
      [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
      [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
    ];
    const alpha = krippendorffAlpha(reliability);
    expect(alpha).toBeCloseTo(1 - 312 / 1216, 12);
    expect(Number((alpha ?? 0).toFixed(3))).toBe(0.743);
  });

  it("matches Krippendorff's binary example, 2 observers × 10 units: α = 0.095", () => {
    // Units 1, 3, 6 and 9 disagree: Σ o_01 + o_10 = 8; n_0 = 14, n_1 = 6, n = 20.
    // α = 1 − 19 · 8 / (2 · 14 · 6) = 1 − 152/168 = 0.0952…
    const alpha = krippendorffAlpha([
      [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
      [1, 1, 1, 0, 0, 1, 0, 0, 0, 0],
    ]);
    expect(alpha).toBeCloseTo(1 - 152 / 168, 12);
    expect(Number((alpha ?? 0).toFixed(3))).toBe(0.095);
  });

  it('does not care what numbers name the categories', () => {
    const a = krippendorffAlpha([
      [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
      [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
    ]);
    const b = krippendorffAlpha([
      [10, 20, 30, 30, 20, 10, 40, 10, 20, _, _, _],
      [10, 20, 30, 30, 20, 20, 40, 10, 20, 50, _, 30],
    ]);
    expect(a).toBe(b);
  });

  it('is 1 for perfect agreement, null with nothing pairable, 1 when nobody varied', () => {
    expect(
      krippendorffAlpha([
        [0, 1, 1],
        [0, 1, 1],
      ]),
    ).toBe(1);
    expect(
      krippendorffAlpha([
        [1, _, 0],
        [_, 1, _],
      ]),
    ).toBeNull();
    expect(krippendorffAlpha([])).toBeNull();
    expect(
      krippendorffAlpha([
        [0, 0, 0],
        [0, 0, 0],
      ]),
    ).toBe(1);
  });

  it('is below zero when coders disagree systematically', () => {
    // Two units, each (0,1): o_01 = o_10 = 2, n_0 = n_1 = 2, n = 4: α = 1 − 3·4/8 = −0.5.
    expect(
      krippendorffAlpha([
        [0, 1],
        [1, 0],
      ]),
    ).toBeCloseTo(-0.5, 12);
  });
});

describe('cohensKappa', () => {
  it('matches the worked example: 50 items, 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no → κ = 0.4', () => {
    // Po = 35/50 = 0.7; A says yes 25/50, B says yes 30/50; Pe = 0.5·0.6 + 0.5·0.4 = 0.5;
    // κ = (0.7 − 0.5) / (1 − 0.5) = 0.4.
    const a = [
      ...Array<number>(20).fill(1),
      ...Array<number>(5).fill(1),
      ...Array<number>(10).fill(0),
      ...Array<number>(15).fill(0),
    ];
    const b = [
      ...Array<number>(20).fill(1),
      ...Array<number>(5).fill(0),
      ...Array<number>(10).fill(1),
      ...Array<number>(15).fill(0),
    ];
    expect(cohensKappa(a, b)).toBeCloseTo(0.4, 12);
  });

  it('is 1 for perfect agreement and 0 for agreement at chance level', () => {
    expect(cohensKappa([1, 0, 1, 0, 2], [1, 0, 1, 0, 2])).toBe(1);
    // Each coder says yes half the time, independently: Po = 0.5 = Pe.
    expect(cohensKappa([1, 1, 0, 0], [1, 0, 1, 0])).toBe(0);
  });

  it('is 1 when both coders gave the same single category everywhere (Pe = 1, documented choice)', () => {
    expect(cohensKappa([0, 0, 0], [0, 0, 0])).toBe(1);
  });

  it('is 0 when one coder is constant and the other is not', () => {
    // Po = 2/4, Pe = 1·0.5 = 0.5.
    expect(cohensKappa([0, 0, 0, 0], [0, 0, 1, 1])).toBe(0);
  });

  it('skips units either coder left out, and is null with none shared', () => {
    expect(cohensKappa([1, 0, _, 1], [1, 0, 1, _])).toBe(1);
    expect(cohensKappa([1, _], [_, 0])).toBeNull();
  });
});

describe('percentAgreement', () => {
  it('is the proportion of shared units agreed for two coders', () => {
    expect(
      percentAgreement([
        [1, 0, 1, 1],
        [1, 1, 1, 0],
      ]),
    ).toBe(0.5);
  });

  it('averages over pairs for three coders, each pair on the units both judged', () => {
    // A–B: 3/4; A–C: shared units 1, 2, 3 → 2/3; B–C: shared 1, 2, 3 → 1/3.
    const value = percentAgreement([
      [1, 0, 1, 1],
      [1, 0, 0, 1],
      [0, 0, 1, _],
    ]);
    expect(value).toBeCloseTo((3 / 4 + 2 / 3 + 1 / 3) / 3, 12);
  });
});

describe('buildUnits', () => {
  it('makes one unit per character, an emoji being one character two offsets wide', () => {
    expect(buildUnits('a😀b', 'character')).toEqual([
      { start: 0, end: 1 },
      { start: 1, end: 3 },
      { start: 3, end: 4 },
    ]);
    expect(buildUnits('', 'character')).toEqual([]);
  });

  it('splits sentences on . ! ? before space or the end, and on blank lines, trimming whitespace', () => {
    const text = 'I was lost. Then I found peers!  Was it luck?\nNo\n\n  New start "really." e.g.x ok';
    const units = buildUnits(text, 'sentence').map((u) => text.slice(u.start, u.end));
    expect(units).toEqual([
      'I was lost.',
      'Then I found peers!',
      'Was it luck?',
      'No',
      'New start "really."',
      'e.g.x ok',
    ]);
  });

  it('keeps a decimal point or an ellipsis inside a sentence and handles Windows line ends', () => {
    const text = 'It took 2.5 years... and then more.\r\n\r\nAfter';
    const units = buildUnits(text, 'sentence').map((u) => text.slice(u.start, u.end));
    expect(units).toEqual(['It took 2.5 years...', 'and then more.', 'After']);
  });

  it('makes the whole story one unit', () => {
    expect(buildUnits('One. Two.', 'story')).toEqual([{ start: 0, end: 9 }]);
    expect(buildUnits('', 'story')).toEqual([]);
    expect(buildUnits('   ', 'sentence')).toEqual([]);
  });
});

describe('buildReliabilityData', () => {
  const text = 'Hope came back. Work helped. Friends too.';
  //            0         1         2         3         4
  //            0123456789012345678901234567890123456789012
  // sentences: [0,15) [16,28) [29,41)
  const documents = [
    { id: 'd1', text },
    { id: 'd2', text: 'Second story.' },
  ];
  const applications: CodeApplication[] = [
    { documentId: 'd1', coderId: 'ann', codeId: 'hope', start: 0, end: 4 },
    { documentId: 'd1', coderId: 'bob', codeId: 'hope', start: 2, end: 20 },
    { documentId: 'd1', coderId: 'ann', codeId: 'other', start: 0, end: 1 },
  ];

  it('marks a sentence coded when any of its characters is, and leaves out coders who did not take part', () => {
    const [hope] = buildReliabilityData({
      unit: 'sentence',
      documents,
      coderIds: ['ann', 'bob'],
      codeIds: ['hope'],
      applications,
      assignments: [
        { documentId: 'd1', coderId: 'ann' },
        { documentId: 'd1', coderId: 'bob' },
        { documentId: 'd2', coderId: 'bob' },
      ],
    });
    expect(hope?.runs.map((r) => [r.documentId, r.start, r.end, r.values])).toEqual([
      ['d1', 0, 15, [1, 1]],
      ['d1', 16, 28, [0, 1]],
      ['d1', 29, 41, [0, 0]],
      ['d2', 0, 13, [null, 0]],
    ]);
  });

  it('runs characters together where decisions are the same, with weights that unroll to a matrix', () => {
    const [hope] = buildReliabilityData({
      unit: 'character',
      documents: [{ id: 'd1', text: 'ab😀cd' }],
      coderIds: ['ann', 'bob'],
      codeIds: ['hope'],
      applications: [
        // bob's end falls inside the emoji's surrogate pair: half an emoji counts as the emoji.
        { documentId: 'd1', coderId: 'ann', codeId: 'hope', start: 1, end: 4 },
        { documentId: 'd1', coderId: 'bob', codeId: 'hope', start: 1, end: 3 },
      ],
    });
    expect(hope?.runs).toEqual([
      { documentId: 'd1', start: 0, end: 1, weight: 1, values: [0, 0] },
      { documentId: 'd1', start: 1, end: 4, weight: 2, values: [1, 1] },
      { documentId: 'd1', start: 4, end: 6, weight: 2, values: [0, 0] },
    ]);
    expect(hope && toMatrix(hope)).toEqual([
      [0, 1, 1, 0, 0],
      [0, 1, 1, 0, 0],
    ]);
  });

  it('treats the whole story as one unit', () => {
    const [hope, other] = buildReliabilityData({
      unit: 'story',
      documents,
      coderIds: ['ann', 'bob'],
      codeIds: ['hope', 'other'],
      applications,
    });
    expect(hope?.runs.map((r) => r.values)).toEqual([
      [1, 1],
      [0, 0],
    ]);
    expect(other?.runs.map((r) => r.values)).toEqual([
      [1, 0],
      [0, 0],
    ]);
  });

  it('counts a coder with an application in a document as having taken part', () => {
    const [hope] = buildReliabilityData({
      unit: 'story',
      documents,
      coderIds: ['ann', 'bob'],
      codeIds: ['hope'],
      applications,
      assignments: [{ documentId: 'd1', coderId: 'ann' }],
    });
    expect(hope?.runs.map((r) => r.values)).toEqual([[1, 1]]);
  });
});

describe('computeAgreement', () => {
  // "Hope came back. Work helped. Friends too." with sentences [0,15) [16,28) [29,41).
  const text = 'Hope came back. Work helped. Friends too.';
  const input = {
    documents: [{ id: 'd1', text }],
    coderIds: ['ann', 'bob'],
    codeIds: ['hope', 'connect'],
    applications: [
      { documentId: 'd1', coderId: 'ann', codeId: 'hope', start: 0, end: 15 },
      { documentId: 'd1', coderId: 'bob', codeId: 'hope', start: 0, end: 28 },
      { documentId: 'd1', coderId: 'ann', codeId: 'connect', start: 29, end: 41 },
      { documentId: 'd1', coderId: 'bob', codeId: 'connect', start: 29, end: 41 },
    ],
  };

  it('gives per-code and pooled figures with raw counts at sentence level', () => {
    const result = computeAgreement({ ...input, unit: 'sentence' });
    const [hope, connect] = result.codes;
    // hope: ann 1 0 0, bob 1 1 0 → agree on 2 of 3.
    // κ: n = 3, agreed = 2; ann yes 1 / no 2, bob yes 2 / no 1: Σ = 1·2 + 2·1 = 4; κ = (6 − 4)/(9 − 4) = 0.4.
    // α: one disagreeing unit → Σ o = 2; n_1 = 3, n_0 = 3, n = 6: α = 1 − 5·2/(2·9) = 4/9.
    expect(hope?.units).toBe(3);
    expect(hope?.pairableUnits).toBe(3);
    expect(hope?.coders).toEqual([
      { coderId: 'ann', units: 3, codedUnits: 1 },
      { coderId: 'bob', units: 3, codedUnits: 2 },
    ]);
    expect(hope?.percentAgreement).toBeCloseTo(2 / 3, 12);
    expect(hope?.pairs[0]?.kappa).toBeCloseTo(0.4, 12);
    expect(hope?.alpha).toBeCloseTo(4 / 9, 12);
    expect(hope?.disagreements).toEqual([
      { documentId: 'd1', start: 16, end: 28, appliedBy: ['bob'], notAppliedBy: ['ann'] },
    ]);
    expect(connect?.percentAgreement).toBe(1);
    expect(connect?.pairs[0]?.kappa).toBe(1);
    expect(connect?.disagreements).toEqual([]);

    // Pooled: 3 sentences × 2 codes = 6 decisions, ann 1 0 0 | 0 0 1, bob 1 1 0 | 0 0 1 → agreed 5 of 6.
    // κ: ann yes 2 / no 4, bob yes 3 / no 3: Σ = 6 + 12 = 18; κ = (6·5 − 18) / (36 − 18) = 2/3.
    // α: Σ o = 2; n_1 = 5, n_0 = 7, n = 12: α = 1 − 11·2/(2·35) = 1 − 22/70.
    expect(result.overall.units).toBe(3);
    expect(result.overall.decisions).toBe(6);
    expect(result.overall).toMatchObject({ codesUsed: 2, codesInCodebook: 2 });
    expect(result.overall.percentAgreement).toBeCloseTo(5 / 6, 12);
    expect(result.overall.pairs[0]).toMatchObject({ coderA: 'ann', coderB: 'bob', units: 6, agreed: 5 });
    expect(result.overall.pairs[0]?.kappa).toBeCloseTo(2 / 3, 12);
    expect(result.overall.alpha).toBeCloseTo(1 - 22 / 70, 12);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('pools over the codes somebody used, so codes nobody applied do not read as agreement', () => {
    const withUnused = computeAgreement({
      ...input,
      unit: 'sentence',
      codeIds: [...input.codeIds, 'identity', 'meaning', 'empowerment'],
    });
    const without = computeAgreement({ ...input, unit: 'sentence' });
    expect(withUnused.overall.percentAgreement).toBeCloseTo(5 / 6, 12);
    expect(withUnused.overall.alpha).toBeCloseTo(without.overall.alpha ?? Number.NaN, 12);
    expect(withUnused.overall).toMatchObject({ units: 3, decisions: 6, codesUsed: 2, codesInCodebook: 5 });
    // nobody has coded anything: no figure, rather than 100% agreement on nothing
    const none = computeAgreement({ ...input, unit: 'sentence', applications: [] });
    expect(none.overall.percentAgreement).toBeNull();
    expect(none.overall.alpha).toBeNull();
    expect(none.overall.codesUsed).toBe(0);
  });

  it('weighs characters at character level and reports the differing span', () => {
    const result = computeAgreement({ ...input, unit: 'character' });
    const hope = result.codes[0];
    // 41 characters; bob coded 28, ann 15; they differ on [15,28): 13 characters.
    expect(hope?.units).toBe(41);
    expect(hope?.coders.map((c) => c.codedUnits)).toEqual([15, 28]);
    expect(hope?.percentAgreement).toBeCloseTo(28 / 41, 12);
    expect(hope?.disagreements).toEqual([
      { documentId: 'd1', start: 15, end: 28, appliedBy: ['bob'], notAppliedBy: ['ann'] },
    ]);
    // The same figures as the plain matrix the runs stand for.
    const [data] = buildReliabilityData({ ...input, unit: 'character' });
    const matrix = data ? toMatrix(data) : [];
    expect(hope?.alpha).toBeCloseTo(krippendorffAlpha(matrix) ?? Number.NaN, 12);
    expect(hope?.pairs[0]?.kappa).toBeCloseTo(
      cohensKappa(matrix[0] ?? [], matrix[1] ?? []) ?? Number.NaN,
      12,
    );
  });

  it('treats each story as one decision at story level', () => {
    const result = computeAgreement({ ...input, unit: 'story' });
    expect(result.codes.map((c) => [c.units, c.percentAgreement])).toEqual([
      [1, 1],
      [1, 1],
    ]);
  });

  it('gives null figures when only one coder took part', () => {
    const result = computeAgreement({
      ...input,
      unit: 'sentence',
      assignments: [],
      applications: [input.applications[0] as CodeApplication],
    });
    expect(result.overall.pairableUnits).toBe(0);
    expect(result.overall.units).toBe(3);
    expect(result.overall.alpha).toBeNull();
    expect(result.overall.percentAgreement).toBeNull();
    expect(result.overall.pairs[0]?.kappa).toBeNull();
  });
});
