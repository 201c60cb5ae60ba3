// Compiles the message catalogues in locales/ (gettext PO files holding ICU MessageFormat) into what
// the web app and the server read at run time, after checking every translation against its English:
//
//   npm run messages
//
// locales/<domain>.pot is the English source; locales/<language>/<domain>.po its translation. Each
// entry's msgctxt is the key code asks for, its msgid the English, its msgstr the translation.
// Domains: web (the web app), server (what the server says), contracts (the messages the zod schemas
// in contracts/ give, which both sides show and find by their English words). Out come compact JSON
// catalogues (icu-minify's form, formatted at run time by a 650-byte function) and the TypeScript
// types of every key and its arguments. docs/translating.md says how to add a language.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { po } from 'gettext-parser';
import compile from 'icu-minify/compile';
import { format as prettier, resolveConfig } from 'prettier';
import { LANGUAGES, SOURCE_LANGUAGE, type LanguageCode } from '../contracts/languages.js';
import { FIRST_PAGE_AREAS, OWN_ENGLISH, inArea } from '../web/lib/i18n/areas.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DOMAINS = ['web', 'server', 'contracts'] as const;
export type Domain = (typeof DOMAINS)[number];

/**
 * Which domains each side reads, and where its compiled catalogues and key types are written. The web
 * app's English is split (web/lib/i18n/areas.ts): what the first page shows (en.json, `firstPage`),
 * the pages whose English is theirs alone (`en-<name>.json`, `ownEnglish`), and the rest
 * (en-pages.json), each travelling with the pages that use it.
 */
export const OUTPUTS: readonly {
  side: 'web' | 'server';
  domains: readonly Domain[];
  folder: string;
  typeName: string;
  firstPage: readonly string[] | null;
  /** Pages whose English is written to a file of their own, `<code>-<name>.json`. */
  ownEnglish: Readonly<Record<string, { areas: readonly string[]; alsoKeys: readonly string[] }>> | null;
}[] = [
  {
    side: 'web',
    domains: ['web', 'contracts'],
    folder: 'web/lib/i18n/messages',
    typeName: 'WebMessages',
    firstPage: FIRST_PAGE_AREAS,
    ownEnglish: OWN_ENGLISH,
  },
  {
    side: 'server',
    domains: ['server', 'contracts'],
    folder: 'server/kernel/messages',
    typeName: 'ServerMessages',
    firstPage: null,
    ownEnglish: null,
  },
];

export const TRANSLATED = LANGUAGES.map((language) => language.code).filter(
  (code) => code !== SOURCE_LANGUAGE,
);

export interface Entry {
  key: string;
  english: string;
  /** The translation (the English itself in the source). */
  text: string;
  /** Marked "fuzzy": shown, but waiting for a native speaker to check it. */
  needsReview: boolean;
  /** The translator's comment, where the reason for a review is written. */
  note: string;
}

export function cataloguePath(domain: Domain, language: LanguageCode): string {
  return language === SOURCE_LANGUAGE ? `locales/${domain}.pot` : `locales/${language}/${domain}.po`;
}

/** Reads one catalogue file into entries by key. */
export function readCatalogue(domain: Domain, language: LanguageCode): Map<string, Entry> {
  const file = po.parse(readFileSync(`${ROOT}${cataloguePath(domain, language)}`));
  const entries = new Map<string, Entry>();
  for (const [context, byId] of Object.entries(file.translations)) {
    for (const entry of Object.values(byId)) {
      if (entry.msgid === '') continue;
      const key = entry.msgctxt ?? context;
      entries.set(key, {
        key,
        english: entry.msgid,
        text: language === SOURCE_LANGUAGE ? entry.msgid : (entry.msgstr[0] ?? ''),
        needsReview: (entry.comments?.flag ?? '').split(',').some((flag) => flag.trim() === 'fuzzy'),
        note: entry.comments?.translator ?? '',
      });
    }
  }
  return entries;
}

/** The names of a message's arguments and the kind of value each takes. */
function argumentsOf(
  elements: MessageFormatElement[],
  found = new Map<string, string>(),
): Map<string, string> {
  for (const element of elements) {
    switch (element.type) {
      case TYPE.argument:
        if (!found.has(element.value)) found.set(element.value, 'string | number');
        break;
      case TYPE.number:
        found.set(element.value, 'number');
        break;
      case TYPE.date:
      case TYPE.time:
        found.set(element.value, 'Date');
        break;
      case TYPE.select:
        found.set(element.value, 'string');
        for (const option of Object.values(element.options)) argumentsOf(option.value, found);
        break;
      case TYPE.plural:
        found.set(element.value, 'number');
        for (const option of Object.values(element.options)) argumentsOf(option.value, found);
        break;
      case TYPE.tag:
        argumentsOf(element.children, found);
        break;
      default:
        break;
    }
  }
  return found;
}

function pluralsOf(elements: MessageFormatElement[], found: { cardinal: boolean; keys: string[] }[] = []) {
  for (const element of elements) {
    if (element.type === TYPE.plural) {
      found.push({ cardinal: element.pluralType !== 'ordinal', keys: Object.keys(element.options) });
    }
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) pluralsOf(option.value, found);
    }
    if (element.type === TYPE.tag) pluralsOf(element.children, found);
  }
  return found;
}

const CLDR_ORDER = ['zero', 'one', 'two', 'few', 'many', 'other'];
const tagOf = (code: LanguageCode) => LANGUAGES.find((language) => language.code === code)?.tag ?? code;

/**
 * Everything wrong with one message against its English: ICU syntax, arguments added or lost, plural
 * forms the language does not have or lacks (Welsh has six: zero, one, two, few, many, other), and
 * numbers that changed (a helpline must keep its number).
 */
export function checkMessage(entry: Entry, language: LanguageCode): string[] {
  const where = `${language} ${entry.key}`;
  let source: MessageFormatElement[];
  let target: MessageFormatElement[];
  try {
    source = parse(entry.english, { requiresOtherClause: true });
  } catch (error) {
    return [`${where}: the English is not valid ICU MessageFormat (${String(error)})`];
  }
  try {
    target = parse(entry.text, { requiresOtherClause: true });
  } catch (error) {
    return [`${where}: not valid ICU MessageFormat (${String(error)})`];
  }
  const problems: string[] = [];
  const expected = [...argumentsOf(source).keys()].sort().join(', ');
  const actual = [...argumentsOf(target).keys()].sort().join(', ');
  if (expected !== actual) problems.push(`${where}: uses {${actual}} where the English uses {${expected}}`);
  // In CLDR's order, whatever order Intl gives them in.
  const inOrder = (found: readonly string[]) => CLDR_ORDER.filter((category) => found.includes(category));
  const categories = inOrder(new Intl.PluralRules(tagOf(language)).resolvedOptions().pluralCategories);
  const ordinals = inOrder(
    new Intl.PluralRules(tagOf(language), { type: 'ordinal' }).resolvedOptions().pluralCategories,
  );
  for (const plural of pluralsOf(target)) {
    const wanted: readonly string[] = plural.cardinal ? categories : ordinals;
    const named = plural.keys.filter((key) => !key.startsWith('='));
    const missing = wanted.filter((category) => !named.includes(category));
    const extra = named.filter((key) => !wanted.includes(key));
    if (missing.length > 0) problems.push(`${where}: a plural lacks the form(s) ${missing.join(', ')}`);
    if (extra.length > 0)
      problems.push(`${where}: a plural has form(s) ${extra.join(', ')} this language lacks`);
  }
  for (const number of entry.english.match(/\d+/g) ?? []) {
    if (!new RegExp(`(^|\\D)${number}(\\D|$)`).test(entry.text)) {
      problems.push(`${where}: the English says ${number}, the translation does not`);
    }
  }
  return problems;
}

/** Every problem across the catalogues: missing or stray keys, out-of-date English, bad messages. */
export function checkCatalogues(): string[] {
  const problems: string[] = [];
  for (const domain of DOMAINS) {
    const source = readCatalogue(domain, SOURCE_LANGUAGE);
    for (const entry of source.values()) problems.push(...checkMessage(entry, SOURCE_LANGUAGE));
    for (const language of TRANSLATED) {
      const file = cataloguePath(domain, language);
      const translated = readCatalogue(domain, language);
      for (const [key, english] of source) {
        const entry = translated.get(key);
        if (!entry || entry.text.trim() === '') {
          problems.push(`${file}: ${key} is missing (English: "${english.english}")`);
        } else if (entry.english !== english.english) {
          problems.push(
            `${file}: ${key} translates older English ("${entry.english}"); the English is now "${english.english}". Update the msgid, check the translation and mark it fuzzy if unsure.`,
          );
        } else {
          problems.push(...checkMessage(entry, language));
        }
      }
      for (const key of translated.keys()) {
        if (!source.has(key))
          problems.push(`${file}: ${key} is not in ${cataloguePath(domain, SOURCE_LANGUAGE)}`);
      }
    }
  }
  return problems;
}

/** Messages marked for review by a native speaker, per language file. */
export function awaitingReview(): { file: string; key: string; note: string }[] {
  return DOMAINS.flatMap((domain) =>
    TRANSLATED.flatMap((language) =>
      [...readCatalogue(domain, language).values()]
        .filter((entry) => entry.needsReview)
        .map((entry) => ({ file: cataloguePath(domain, language), key: entry.key, note: entry.note })),
    ),
  );
}

async function formatted(path: string, text: string): Promise<string> {
  const options = (await resolveConfig(`${ROOT}${path}`)) ?? {};
  return prettier(text, { ...options, filepath: `${ROOT}${path}` });
}

/** The files `npm run messages` writes, by path, so a test can check they are up to date. */
export async function compiledFiles(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const output of OUTPUTS) {
    const english = new Map(output.domains.flatMap((domain) => [...readCatalogue(domain, SOURCE_LANGUAGE)]));
    for (const { code } of LANGUAGES) {
      const entries = new Map(output.domains.flatMap((domain) => [...readCatalogue(domain, code)]));
      const compiled: Record<string, unknown> = {};
      for (const key of [...english.keys()].sort()) {
        const text = entries.get(key)?.text || english.get(key)?.text || '';
        compiled[key] = compile(text);
      }
      const split = output.firstPage;
      if (code === SOURCE_LANGUAGE && split) {
        const areaOf = (key: string) => key.split('.')[0] ?? '';
        const onFirstPage = (key: string) => split.includes(areaOf(key));
        const own = Object.entries(output.ownEnglish ?? {});
        const ownedByAPage = (key: string) => own.some(([, page]) => page.areas.some((a) => inArea(key, a)));
        const part = (keep: (key: string) => boolean) =>
          JSON.stringify(Object.fromEntries(Object.entries(compiled).filter(([key]) => keep(key))));
        const first = `${output.folder}/${code}.json`;
        const pages = `${output.folder}/${code}-pages.json`;
        files.set(first, await formatted(first, part(onFirstPage)));
        files.set(
          pages,
          await formatted(
            pages,
            part((key) => !onFirstPage(key) && !ownedByAPage(key)),
          ),
        );
        for (const [name, page] of own) {
          const path = `${output.folder}/${code}-${name}.json`;
          const keep = (key: string) =>
            page.areas.some((area) => inArea(key, area)) ||
            (page.alsoKeys as readonly string[]).includes(key);
          files.set(path, await formatted(path, part(keep)));
        }
        continue;
      }
      const path = `${output.folder}/${code}.json`;
      files.set(path, await formatted(path, JSON.stringify(compiled)));
    }
    const lines = [...english.values()]
      .sort((a, b) => a.key.localeCompare(b.key))
      .map((entry) => {
        const args = [...argumentsOf(parse(entry.english)).entries()];
        const values =
          args.length === 0 ? 'undefined' : `{ ${args.map(([n, t]) => `${n}: ${t}`).join('; ')} }`;
        return `  ${JSON.stringify(entry.key)}: ${values};`;
      });
    const types = [
      `// Written by \`npm run messages\` from ${output.domains.map((d) => `locales/${d}.pot`).join(' and ')}; do not edit.`,
      `/** Every message key ${output.side === 'web' ? 'the web app' : 'the server'} may ask for, and the values its message takes. */`,
      `export interface ${output.typeName} {`,
      ...lines,
      '}',
      '',
    ].join('\n');
    const typesPath = `${output.folder}/types.ts`;
    files.set(typesPath, await formatted(typesPath, types));
  }
  return files;
}

async function main(): Promise<void> {
  const problems = checkCatalogues();
  if (problems.length > 0) {
    console.error(`The catalogues need fixing first:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    process.exit(1);
  }
  for (const [path, text] of await compiledFiles()) writeFileSync(`${ROOT}${path}`, text);
  const review = awaitingReview();
  console.log(
    `Compiled ${LANGUAGES.length} languages; ${review.length} translations are marked for review by a native speaker.`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
