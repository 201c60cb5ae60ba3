import { createContext, useContext, useSyncExternalStore } from 'react';
import format, { type CompiledMessage } from 'icu-minify/format';
import { MESSAGE_FORMAT_OPTIONS } from '../../../contracts/message-format.js';
import {
  LANGUAGE_CODES,
  SOURCE_LANGUAGE,
  isLanguageCode,
  languageOf,
  offeredLanguage,
  pickLanguage,
  type LanguageCode,
} from '../../../contracts/languages.js';
import type { FIRST_PAGE_AREAS } from './areas.js';
import english from './messages/en.json' with { type: 'json' };
import type { WebMessages } from './messages/types.js';

/**
 * The web app's words in the reader's language, from the message catalogue (locales/web.pot and its
 * translations, compiled by `npm run messages` into ./messages). A component asks with
 * `const t = useT()` and `t('layout.skipLink')`, or `t('cafes.join.atTable', { table: 3 })`: this
 * file's `useT` for the first page's words (./areas.ts), ./pages.ts's `useT` on any other page.
 *
 * In the catalogue so far: the layout (header, menu, footer, skip link, the language switch), the
 * signed-out home page and the public-pages links, sign-in, joining a café, the shared form and
 * error pieces those pages use (components/), and the public "What's on" and "You said, we did"
 * pages (./public-pages.ts). Every other page still takes its English from
 * lib/strings and is marked as English by the layout (app/translated-pages.ts).
 *
 * English is part of the first page; other languages load on their own when chosen, so they cost an
 * English reader nothing.
 */
/** Cairn's name, the same in every language. */
export const APP_NAME = 'Cairn';

export type MessageKey = keyof WebMessages;
/** The words whose English ships with the first page. */
export type FirstPageKey = Extract<MessageKey, `${(typeof FIRST_PAGE_AREAS)[number]}.${string}`>;
/** A first-page key whose message takes no values, so it can be kept in data and said later (`t(page.label)`). */
export type PlainMessageKey = {
  [K in FirstPageKey]: WebMessages[K] extends undefined ? K : never;
}[FirstPageKey];
type Catalogue = Record<string, CompiledMessage>;
type ValuesOf<K extends MessageKey> = WebMessages[K] extends undefined ? [] : [values: WebMessages[K]];
export type Translate<Keys extends MessageKey = MessageKey> = <K extends Keys>(
  key: K,
  ...values: ValuesOf<K>
) => string;

/** The compiled catalogues `npm run messages` writes (its test checks them) are icu-minify's form. */
const asCatalogue = (json: object) => json as Catalogue;
// Added to when a page brings the rest of the English (addEnglish).
const englishCatalogue: Catalogue = { ...asCatalogue(english) };

// Typed by language, so offering a language without its catalogue does not compile.
const loaders: Record<Exclude<LanguageCode, 'en'>, () => Promise<Catalogue>> = {
  cy: () => import('./messages/cy.json', { with: { type: 'json' } }).then((m) => asCatalogue(m.default)),
  ur: () => import('./messages/ur.json', { with: { type: 'json' } }).then((m) => asCatalogue(m.default)),
};

/** Where a visitor's choice is kept on this device (a member's is also stored with their account). */
const STORAGE_KEY = 'cairn.language';

type Values = Record<string, string | number | Date>;

interface State {
  language: LanguageCode;
  t: Translate;
  /** The same as `t`, for a key only known when the app runs. */
  say: (key: string, values?: Values) => string;
}

function stateFor(language: LanguageCode, catalogue: Catalogue): State {
  const tag = languageOf(language).tag;
  const say = (key: string, values?: Values) => {
    // A key missing from a translation falls back to English (the catalogue test keeps this from happening).
    const compiled = catalogue[key] ?? englishCatalogue[key];
    if (compiled === undefined) return key;
    const result = format(compiled, tag, values, MESSAGE_FORMAT_OPTIONS);
    return Array.isArray(result) ? result.join('') : String(result);
  };
  return { language, say, t: say as Translate };
}

let state: State = stateFor(SOURCE_LANGUAGE, englishCatalogue);
const englishState: State = state;

/**
 * True inside a page not yet in the catalogue, which the layout marks as English. Pieces shared by a
 * translated page and an English one (a session's details, the programme's filters) then speak
 * English there, so the words match the page's `lang`; see `useRegionWords`.
 */
export const EnglishPage = createContext(false);
let contractKeys: Map<string, string> | undefined;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function show(language: LanguageCode, catalogue: Catalogue): void {
  state = stateFor(language, catalogue);
  const { tag, dir } = languageOf(language);
  document.documentElement.lang = tag;
  document.documentElement.dir = dir;
  for (const listener of listeners) listener();
}

async function catalogueOf(language: LanguageCode): Promise<Catalogue> {
  return language === SOURCE_LANGUAGE ? englishCatalogue : loaders[language]();
}

function useWords(): Translate {
  return useSyncExternalStore(subscribe, () => state).t;
}

/**
 * The first page's words in the language on screen; the component draws again when the language
 * changes. A page whose words are not on the first page uses ./pages.ts's `useT`.
 */
export const useT: () => Translate<FirstPageKey> = useWords;

/**
 * Adds the English of the pages beyond the first (./pages.ts, loaded with those pages), before they
 * draw. Returns every word's `useT`.
 */
export function addEnglish(more: object): () => Translate {
  Object.assign(englishCatalogue, asCatalogue(more));
  contractKeys = undefined;
  return useWords;
}

export function useLanguage(): LanguageCode {
  return useSyncExternalStore(subscribe, () => state).language;
}

/** The words of the page around a component: English inside a page marked English, else the reader's. */
export function useRegionWords(): Translate {
  const inEnglish = useContext(EnglishPage);
  const current = useSyncExternalStore(subscribe, () => state);
  return inEnglish ? englishState.t : current.t;
}

/** The BCP 47 tag of the page around a component, for `Intl` (dates, lists): en-GB in a page marked English. */
export function useRegionTag(): string {
  const inEnglish = useContext(EnglishPage);
  const language = useLanguage();
  return languageOf(inEnglish ? SOURCE_LANGUAGE : language).tag;
}

/** The same words outside components (messages made in lib/api.ts, for instance). */
export const translate: Translate<FirstPageKey> = (key, ...values) => state.t(key, ...values);

/**
 * Every word outside components, for ./pages.ts to offer once it has brought the rest of the English:
 * asked from the first page's code, a later page's word would have no English yet.
 */
export const translateEveryWord: Translate = (key, ...values) => state.t(key, ...values);

/**
 * A message from a contract's zod schema in the language on screen. Schemas are shared with the
 * server and speak English, so their messages are found in the catalogue by their English words
 * (locales/contracts.pot), the way gettext finds a translation. Others stay as they are.
 */
export function translateContractMessage(text: string): string {
  contractKeys ??= new Map(
    Object.entries(englishCatalogue).flatMap(([key, compiled]) =>
      key.startsWith('contracts.') && typeof compiled === 'string' ? [[compiled, key]] : [],
    ),
  );
  const key = contractKeys.get(text);
  return key ? state.say(key) : text;
}

/** The language on screen, for the Accept-Language of API calls so the server answers in it. */
export function currentLanguage(): LanguageCode {
  return state.language;
}

/**
 * The languages offered to someone not signed in: those the partnership chose (GET
 * /api/public/languages), every language until the server has said. A member's switch shows their
 * own partnership's instead (components/language-switch.tsx).
 */
let visitorLanguages: readonly LanguageCode[] = LANGUAGE_CODES;

/** Asked with a plain call: the first page does not load the validation library. */
async function fetchVisitorLanguages(): Promise<readonly LanguageCode[]> {
  try {
    const answer = await fetch('/api/public/languages', { headers: { accept: 'application/json' } });
    if (!answer.ok) return LANGUAGE_CODES;
    const body = (await answer.json()) as { languages?: unknown };
    const languages = Array.isArray(body.languages) ? body.languages.filter(isLanguageCode) : [];
    return languages.includes(SOURCE_LANGUAGE)
      ? LANGUAGE_CODES.filter((code) => languages.includes(code))
      : LANGUAGE_CODES;
  } catch {
    // Not known (a dropped connection): every language stays on offer, as before the partnership chose.
    return LANGUAGE_CODES;
  }
}

/** The languages a visitor may choose; the component draws again once the server has said. */
export function useVisitorLanguages(): readonly LanguageCode[] {
  return useSyncExternalStore(subscribe, () => visitorLanguages);
}

function storedChoice(): LanguageCode | null {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLanguageCode(stored) ? stored : null;
  } catch {
    // Storage can be switched off; the browser's preference still applies.
    return null;
  }
}

/** The language for this device among those offered: chosen here, else the browser's, else English. */
function startingLanguage(offered: readonly LanguageCode[]): LanguageCode {
  return (
    offeredLanguage(storedChoice(), offered) ?? pickLanguage(navigator.languages, offered) ?? SOURCE_LANGUAGE
  );
}

/**
 * Before the first draw: the language chosen on this device, else the first one the browser asks
 * for, among those the partnership offers, else English. Waits for that language's catalogue, and
 * for the languages offered, so nobody sees English flash first; English draws at once.
 */
export async function startLanguage(): Promise<void> {
  const offered = fetchVisitorLanguages().then((languages) => {
    visitorLanguages = languages;
    for (const listener of listeners) listener();
    return languages;
  });
  // English wanted: nothing to wait for (the switch shows what is offered once the server says).
  if (startingLanguage(LANGUAGE_CODES) === SOURCE_LANGUAGE) return show(SOURCE_LANGUAGE, englishCatalogue);
  const language = startingLanguage(await offered);
  if (language === SOURCE_LANGUAGE) return show(language, englishCatalogue);
  try {
    show(language, await catalogueOf(language));
  } catch {
    // The catalogue did not arrive (a dropped connection): English now, the choice stays for next time.
    show(SOURCE_LANGUAGE, englishCatalogue);
  }
}

/**
 * Shows Cairn in another language and remembers the choice on this device. A member's choice is
 * also stored with their account by the caller (it needs the session). Resolves once it is on screen.
 */
export async function chooseLanguage(language: LanguageCode, remember = true): Promise<void> {
  if (remember) {
    try {
      window.localStorage.setItem(STORAGE_KEY, language);
    } catch {
      // Not kept on this device; the page still changes.
    }
  }
  if (language === state.language) return;
  show(language, await catalogueOf(language));
}
