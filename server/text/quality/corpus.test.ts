// The figure that matters: the text toolkit scored on the test part of the committed corpus, stories
// it was never built or trained on (server/text/corpus/README.md). Two lines are kept for each figure:
// the target the toolkit must reach on stories nobody here wrote, and the floor it stands on today.
// A change that loses ground below a floor fails; a change that gains ground raises the floor.
import { describe, expect, it } from 'vitest';
import { predict, readCorpus } from './corpus.js';
import { scoreAnalysis } from './score.js';
import type { Scores } from './score.js';

type Figure =
  | 'risk_current_recall'
  | 'risk_current_false_positive_rate'
  | 'pii_recall_direct'
  | 'pii_recall_all'
  | 'pii_char_precision'
  | 'themes_micro_f1';

/** Lower is better for the false-positive rate; higher for every other figure. */
const LOWER_IS_BETTER: ReadonlySet<Figure> = new Set(['risk_current_false_positive_rate']);

const TARGETS: Record<Figure, number> = {
  risk_current_recall: 0.95,
  risk_current_false_positive_rate: 0.15,
  pii_recall_direct: 0.97,
  pii_recall_all: 0.95,
  pii_char_precision: 0.9,
  themes_micro_f1: 0.75,
};

// Measured on the test part when last raised (see the corpus README for how to raise them).
const FLOORS: Record<Figure, number> = {
  // 0.976 with the 1,728 stories (sets bt, bv and bx joined unread; 0.984 on the 1,584 before): bt,
  // short answers on forms and cards, and bx, older people's stories written down by a volunteer, ran at
  // 0.857 unseen; bh, people who mix languages, br, people whose work is others' crises, and bv,
  // careful written stories, at 0.929
  risk_current_recall: 0.955,
  // above the target: the risk threshold spends the false-alarm budget on recall (0.170 measured with
  // the 1,728 stories; the 1,584 before read 0.172, and 0.169 after the rules that came with them), because a missed current risk is the worse error
  risk_current_false_positive_rate: 0.18,
  // 0.958 with the 1,680 stories (0.959 on the 1,584 before): set bg, diaries and lists, ran at 0.853
  // unseen, bj, short notes and cards, at 0.936 and bl, spelling as it comes, at 0.913; below the 0.97 target
  pii_recall_direct: 0.955,
  // 0.940 with the 1,680 stories (and the 1,584 before): set bp, present-tense diaries, ran at 0.885
  pii_recall_all: 0.935,
  // 0.892 with the 1,680 stories (0.888 on the 1,584 before): diaries and timestamped notes (set bp,
  // 0.743 unseen), faith words (set bn, 0.762 unseen), short notes and cards (set bj, 0.758
  // unseen) and mixed-language stories (bh, 0.793) name towns and everyday words the toolkit takes for
  // names; sets az and bb leave national chains unlabelled
  pii_char_precision: 0.88,
  // 0.737 with the 1,680 stories (0.735 on the 1,584 before): set bp ran at 0.575 unseen
  themes_micro_f1: 0.7,
};

describe('the text toolkit on the test part of the corpus', () => {
  const gold = readCorpus('test');
  const scores: Scores = scoreAnalysis(gold, predict(gold));

  it('analyses every story', () => {
    expect(scores.stories).toBe(1728);
    expect(scores.missing_predictions).toBe(0);
  });

  it.each(Object.keys(FLOORS) as Figure[])('holds its ground on %s', (figure) => {
    const value = scores[figure];
    const target = TARGETS[figure];
    const reached = LOWER_IS_BETTER.has(figure) ? value <= target : value >= target;
    console.info(
      `${figure}: ${value.toFixed(3)} (floor ${FLOORS[figure]}, target ${target}${reached ? ', reached' : ''})`,
    );
    if (LOWER_IS_BETTER.has(figure)) expect(value).toBeLessThanOrEqual(FLOORS[figure]);
    else expect(value).toBeGreaterThanOrEqual(FLOORS[figure]);
  });
});
