import { describe, expect, it } from 'vitest';
import { THEME_FEATURE_NAMES, suggestThemes, themeFeatures } from './themes.js';

const evidence = (text: string, code: string): string[] =>
  suggestThemes(text).find((t) => t.code === code)?.evidence ?? [];

describe('CHIME themes', () => {
  it('reads one feature a name, and the same for the same story', () => {
    const text = 'I go to a peer support group now. I have hope for the future.';
    const a = themeFeatures(text).dense;
    expect(a).toHaveLength(THEME_FEATURE_NAMES.length);
    expect(themeFeatures(text).dense).toEqual(a);
  });

  it('does not take a negated cue as the teller saying it', () => {
    expect(evidence('I had no hope back then.', 'hope')).not.toContain('hope');
    expect(evidence('These days I have hope.', 'hope')).toContain('hope');
  });

  it("does not take someone else's cue as the teller's", () => {
    expect(evidence("My sister's friends came to the house.", 'connectedness')).not.toContain('friends');
    expect(evidence('My friends came to the house.', 'connectedness')).toContain('friends');
  });

  it('reads what words mean, not only which words the development stories used', () => {
    // the same sentences, one word apart: a gathering reads closer to connectedness than a check-up
    const score = (noun: string): number =>
      suggestThemes(`On Sunday there was a ${noun} at the hall. I went along with Dee from next door.`).find(
        (t) => t.code === 'connectedness',
      )?.score ?? 0;
    expect(score('celebration')).toBeGreaterThan(score('assessment'));
    expect(score('supper')).toBeGreaterThan(score('scan'));
  });

  it('keeps scores within 0..1 for empty and odd text', () => {
    for (const text of ['', '...', 'hope '.repeat(5000)]) {
      for (const t of suggestThemes(text)) {
        expect(t.score).toBeGreaterThanOrEqual(0);
        expect(t.score).toBeLessThanOrEqual(1);
      }
    }
  });
});
