import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();
/** A file in a translated area (eslint.config.js TRANSLATED_AREAS) and one that is not. */
const TRANSLATED = 'web/features/cafes/join-page.tsx';
const ENGLISH_ONLY = 'web/features/cafes/cafes-page.tsx';

async function textMessages(filePath: string, jsx: string): Promise<string[]> {
  const source = `const t = (key: string) => key;\nexport function Page() {\n  return ${jsx};\n}\n`;
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'cairn/no-hard-coded-text')
    .map((m) => m.message);
}

describe('no hard-coded words in translated areas', () => {
  it.each([
    ['text between tags', '<p>Join the café</p>'],
    ['a string in braces', "<p>{'Join the café'}</p>"],
    ['a template literal', '<p>{`Table ${t("n")}`}</p>'],
    ['an accessible name', '<nav aria-label="Main">{t("x")}</nav>'],
    ['a field label', '<Field label="Your name" />'],
    ['a button’s pending words', "<Button pendingLabel={'Joining…'}>{t('x')}</Button>"],
    ['words in another script', '<p>کیفے میں شامل ہوں</p>'],
  ])('refuses %s', async (_, jsx) => {
    expect(await textMessages(TRANSLATED, jsx)).toHaveLength(1);
  });

  it.each([
    ['words from the catalogue', '<p className="lead">{t(\'cafes.join.lead\')}</p>'],
    ['punctuation alone', "<p>{t('a')} – {t('b')}</p>"],
    ['attributes nobody reads', '<input id="join-code" name="code" autoComplete="off" dir="ltr" />'],
  ])('allows %s', async (_, jsx) => {
    expect(await textMessages(TRANSLATED, jsx)).toEqual([]);
  });

  it('leaves areas not yet in the catalogue alone', async () => {
    expect(await textMessages(ENGLISH_ONLY, '<p>Join the café</p>')).toEqual([]);
  });
});
