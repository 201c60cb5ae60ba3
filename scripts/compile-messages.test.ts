import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SUPPORT_LINES } from '../contracts/stories.js';
import { BUILT_IN_WORDING } from '../server/modules/stories/consent/wordings.js';
import {
  DOMAINS,
  ROOT,
  TRANSLATED,
  awaitingReview,
  checkCatalogues,
  checkMessage,
  compiledFiles,
  readCatalogue,
  type Domain,
} from './compile-messages.js';

function sourcesUnder(folder: string, skip: RegExp): string[] {
  return readdirSync(join(ROOT, folder)).flatMap((entry) => {
    const path = join(folder, entry);
    if (skip.test(path)) return [];
    if (statSync(join(ROOT, path)).isDirectory()) return sourcesUnder(path, skip);
    return /\.tsx?$/.test(entry) && !entry.endsWith('.test.ts') ? [path] : [];
  });
}

const GENERATED = /\/messages\/|node_modules/;
const codeOf = (folder: string) =>
  sourcesUnder(folder, GENERATED)
    .map((path) => readFileSync(join(ROOT, path), 'utf8'))
    .join('\n');

/** Where each domain's keys are asked for: by key in code, or (contracts) by their English in a schema. */
const USES: Record<Domain, { code: string; byEnglish: boolean }> = {
  web: { code: codeOf('web'), byEnglish: false },
  server: { code: codeOf('server'), byEnglish: false },
  contracts: { code: codeOf('contracts'), byEnglish: true },
};

const quoted = (text: string) => [`'${text}'`, `"${text}"`, `\`${text}\``];

describe('the message catalogues', () => {
  it('give every offered language every message, each checked against its English', () => {
    // Missing or stray keys, translations of older English, ICU syntax, arguments, plural forms and
    // numbers: see checkMessage. Fix a failure in locales/, then run `npm run messages`.
    expect(checkCatalogues()).toEqual([]);
  });

  it('hold no message that nothing asks for', () => {
    const unused: string[] = [];
    for (const domain of DOMAINS) {
      const { code, byEnglish } = USES[domain];
      for (const entry of readCatalogue(domain, 'en').values()) {
        const asked = byEnglish ? quoted(entry.english) : quoted(entry.key);
        if (!asked.some((text) => code.includes(text))) unused.push(`${domain}: ${entry.key}`);
      }
    }
    expect(unused).toEqual([]);
  });

  it('say why each translation marked for review needs a native speaker', () => {
    const review = awaitingReview();
    console.info(
      `Marked for review: ${TRANSLATED.map((language) => `${language} ${review.filter((r) => r.file.startsWith(`locales/${language}/`)).length}`).join(', ')}`,
    );
    expect(review.filter((entry) => !/^Review: \S/.test(entry.note))).toEqual([]);
  });

  it('say each of Cairn’s national support lines in the words the server sends it with', () => {
    // Both sides recognise a national line by these words to say it in the reader's language.
    const shared = [...readCatalogue('contracts', 'en').values()];
    const english = (part: 'contact' | 'hours') =>
      shared
        .filter((entry) => /^stories\.supportLines\.\w+\./.test(entry.key) && entry.key.endsWith(`.${part}`))
        .map((entry) => entry.english)
        .sort();
    expect(english('contact')).toEqual(DEFAULT_SUPPORT_LINES.map((line) => line.contact).sort());
    expect(english('hours')).toEqual(DEFAULT_SUPPORT_LINES.map((line) => line.hours).sort());
  });

  it('say Cairn’s own consent wording in the words kept with the consent given under it', () => {
    // The web says it in the reader's language; the server keeps its English, versioned, with consent records.
    expect(readCatalogue('web', 'en').get('consent.builtInWording')?.english).toBe(BUILT_IN_WORDING.text);
  });

  it('are compiled: the files `npm run messages` writes match the catalogues', async () => {
    for (const [path, text] of await compiledFiles()) {
      expect(readFileSync(join(ROOT, path), 'utf8'), `${path} is out of date: run npm run messages`).toBe(
        text,
      );
    }
  });
});

describe('checking one translation', () => {
  const entry = (english: string, text: string) => ({
    key: 'k',
    english,
    text,
    needsReview: false,
    note: '',
  });

  it('wants all six Welsh plural forms, and no form English has but Urdu lacks', () => {
    const english = 'Wait {n, plural, one {# minute} other {# minutes}}.';
    expect(
      checkMessage(entry(english, 'Arhoswch {n, plural, one {# funud} other {# munud}}.'), 'cy'),
    ).toEqual(['cy k: a plural lacks the form(s) zero, two, few, many']);
    expect(
      checkMessage(entry(english, '{n, plural, one {# منٹ} few {# منٹ} other {# منٹ}} انتظار کریں۔'), 'ur'),
    ).toEqual(['ur k: a plural has form(s) few this language lacks']);
  });

  it('refuses a translation that loses or renames an argument, or breaks the syntax', () => {
    expect(checkMessage(entry('There is no table {table}.', 'Does dim bwrdd {bwrdd}.'), 'cy')).toEqual([
      'cy k: uses {bwrdd} where the English uses {table}',
    ]);
    expect(checkMessage(entry('There is no table {table}.', 'Does dim bwrdd {table.'), 'cy')[0]).toMatch(
      /not valid ICU MessageFormat/,
    );
  });

  it('refuses a translation whose numbers differ, so a helpline keeps its number', () => {
    expect(
      checkMessage(entry('Call Samaritans on 116 123.', 'Ffoniwch y Samariaid ar 116 132.'), 'cy'),
    ).toEqual(['cy k: the English says 123, the translation does not']);
  });
});
