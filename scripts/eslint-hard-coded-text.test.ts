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

describe('no hard-coded English in what the server answers', () => {
  /** A server file whose problems are in the catalogue, and one the command line speaks through. */
  const SERVER = 'server/modules/cafes/voting/dot-votes.ts';
  const OPERATOR = 'server/modules/people/create-partnership.ts';

  async function problemMessages(filePath: string, statement: string): Promise<string[]> {
    const source = `declare const AppError: any, message: any, notFound: any, invalidField: any, rateLimited: any;\nexport function refuse() {\n  ${statement};\n}\n`;
    const [result] = await eslint.lintText(source, { filePath });
    return (result?.messages ?? [])
      .filter((m) => m.ruleId === 'cairn/no-hard-coded-problem')
      .map((m) => m.message);
  }

  it.each([
    ['a problem’s words', "throw new AppError('conflict', 'Voting is not open right now.')"],
    ['a template literal', "throw new AppError('conflict', `You have ${2} dots left.`)"],
    [
      'a field’s message',
      "throw new AppError('validation_failed', message('cafes.actions.chooseTable'), [{ path: 'tableId', message: 'Choose a table' }])",
    ],
    ['a field refused on its own', "throw invalidField('title', 'Give the project a title')"],
    ['a limit’s refusal', "throw rateLimited('Too many tries.', 60)"],
    ['English naming what is missing', "throw notFound('This café')"],
  ])('refuses %s', async (_, statement) => {
    expect(await problemMessages(SERVER, statement)).toHaveLength(1);
  });

  it.each([
    ['catalogue messages', "throw new AppError('conflict', message('cafes.voting.notOpen'))"],
    ['what is missing, by its name', "throw notFound('cafe')"],
    ['an error that is not a problem answer', "throw new Error('the statement was expected to fail')"],
  ])('allows %s', async (_, statement) => {
    expect(await problemMessages(SERVER, statement)).toEqual([]);
  });

  it('leaves what the command line says to whoever runs Cairn in English', async () => {
    expect(
      await problemMessages(
        OPERATOR,
        "throw new AppError('conflict', 'There is already a partnership called x.')",
      ),
    ).toEqual([]);
  });

  it('refuses English in files that were once left in English, such as a storyteller’s consent', async () => {
    const statement = "throw new AppError('conflict', 'This story has been submitted.')";
    expect(await problemMessages('server/modules/stories/consent/record-consent.ts', statement)).toHaveLength(
      1,
    );
    expect(
      await problemMessages('server/modules/stories/media/transcript/read-transcript.ts', statement),
    ).toHaveLength(1);
  });
});
