import type { FastifyRequest } from 'fastify';
import format, { type CompiledMessage } from 'icu-minify/format';
import { MESSAGE_FORMAT_OPTIONS } from '../../contracts/message-format.js';
import {
  LANGUAGE_CODES,
  SOURCE_LANGUAGE,
  acceptedLanguages,
  languageOf,
  offeredLanguage,
  pickLanguage,
  type LanguageCode,
} from '../../contracts/languages.js';
import cy from './messages/cy.json' with { type: 'json' };
import en from './messages/en.json' with { type: 'json' };
import type { ServerMessages } from './messages/types.js';
import ur from './messages/ur.json' with { type: 'json' };

/**
 * What the server says to people, in their language. The words live in the message catalogue
 * (locales/server.pot and locales/contracts.pot, translated beside them); `npm run messages` compiles
 * them into ./messages. A use case names a message by its key (`message('cafes.join.noOpenCafe')`)
 * and the language is chosen only when the answer is written, from the request.
 *
 * Lint refuses English written into any server file's problems but the command line's, which speaks
 * to whoever runs Cairn (docs/translating.md).
 */
export type ServerMessageKey = keyof ServerMessages;
type Values = Record<string, string | number | Date>;
type ValuesOf<K extends ServerMessageKey> = ServerMessages[K] extends undefined
  ? []
  : [values: ServerMessages[K]];

/** A catalogue message with its values, said in whichever language the reader has. */
export class Message {
  readonly key: ServerMessageKey;
  readonly values: Values | undefined;

  constructor(key: ServerMessageKey, values?: Values) {
    this.key = key;
    this.values = values;
  }
}

/** Paragraphs of a mail or a text, each a piece of Text, said with a blank line between them. */
export class Paragraphs {
  readonly parts: readonly Text[];

  constructor(parts: readonly Text[]) {
    this.parts = parts;
  }
}

/**
 * Words for a person: a catalogue message, plain text (English, a contract's message, or what
 * someone wrote such as a reason or a title), sentences of both, or paragraphs.
 */
export type Text = string | Message | Paragraphs | readonly Text[];

/** Paragraphs of a message; parts left out (false, null, undefined) leave no gap. */
export function paragraphs(...parts: (Text | false | null | undefined)[]): Paragraphs {
  return new Paragraphs(parts.filter((part): part is Text => part !== false && part != null));
}

export function message<K extends ServerMessageKey>(key: K, ...values: ValuesOf<K>): Message {
  return new Message(key, values[0] as Values | undefined);
}

type Catalogue = Record<string, CompiledMessage>;

/** The compiled catalogues `npm run messages` writes (its test checks them) are icu-minify's form. */
const asCatalogue = (json: object) => json as Catalogue;
// Typed by language, so offering a new language without its catalogue does not compile.
const catalogues: Record<LanguageCode, Catalogue> = {
  en: asCatalogue(en),
  cy: asCatalogue(cy),
  ur: asCatalogue(ur),
};

/**
 * The messages the contracts' zod schemas give, by their English words. A schema has no request to
 * ask the language of, so it speaks English and the answer is translated on its way out, the way
 * gettext finds a translation by its source text.
 */
const contractKeys = new Map<string, string>(
  Object.entries(catalogues[SOURCE_LANGUAGE]).flatMap(([key, compiled]) =>
    key.startsWith('contracts.') && typeof compiled === 'string' ? [[compiled, key] as const] : [],
  ),
);

function formatKey(key: string, values: Values | undefined, language: LanguageCode): string {
  const compiled = catalogues[language][key] ?? catalogues[SOURCE_LANGUAGE][key];
  if (compiled === undefined) return key;
  const result = format(compiled, languageOf(language).tag, values, MESSAGE_FORMAT_OPTIONS);
  return Array.isArray(result) ? result.join('') : String(result);
}

/** The words in a language. Text that is not a catalogue message is sent as it is (still English). */
export function say(text: Text, language: LanguageCode): string {
  if (typeof text === 'string') {
    const key = contractKeys.get(text);
    return key ? formatKey(key, undefined, language) : text;
  }
  if (text instanceof Message) return formatKey(text.key, text.values, language);
  if (text instanceof Paragraphs) return text.parts.map((part) => say(part, language)).join('\n\n');
  return (text as readonly Text[]).map((part) => say(part, language)).join(' ');
}

/**
 * The language to answer a request in: a signed-in member's own choice; else the first one in
 * Accept-Language that is offered (by the member's partnership when signed in, else the languages
 * offered to visitors) (the web app sends the language on screen, a browser its person's
 * preference); else English.
 */
export function requestLanguage(request: FastifyRequest): LanguageCode {
  const actor = request.actor;
  return (
    actor?.language ??
    pickLanguage(
      acceptedLanguages(request.headers['accept-language']),
      actor?.languages ?? request.offeredLanguages ?? undefined,
    ) ??
    SOURCE_LANGUAGE
  );
}

/**
 * The language to write to someone in, away from any request (a mail, a text, a feed): their saved
 * choice when Cairn and their partnership (`offered`) offer it, else English.
 */
export function languageFor(
  saved: string | null | undefined,
  offered: readonly LanguageCode[] = LANGUAGE_CODES,
): LanguageCode {
  return offeredLanguage(saved, offered) ?? SOURCE_LANGUAGE;
}

const TIME_ZONE = 'Europe/London';
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
function dateTimeFormat(language: LanguageCode, kind: 'date' | 'dateTime'): Intl.DateTimeFormat {
  const key = `${language}:${kind}`;
  let found = dateTimeFormats.get(key);
  if (!found) {
    // People in the UK read a 24-hour clock in every language ("18:00", not "6:00 PM").
    found = new Intl.DateTimeFormat(languageOf(language).tag, {
      timeZone: TIME_ZONE,
      dateStyle: 'full',
      ...(kind === 'dateTime' ? { timeStyle: 'short', hourCycle: 'h23' } : {}),
    });
    dateTimeFormats.set(key, found);
  }
  return found;
}

/** "Tuesday 2 March 2027 at 18:00", "Dydd Mawrth, 2 Mawrth 2027 am 18:00": in London time. */
export function sayDateTime(at: Date, language: LanguageCode): string {
  return dateTimeFormat(language, 'dateTime').format(at);
}

/** "Tuesday 2 March 2027" for an instant (its London day) or a calendar day ("2027-03-02"). */
export function sayDate(at: Date | string, language: LanguageCode): string {
  // A calendar day is noon in London, whatever the clocks are doing, so it never slips a day.
  const instant = typeof at === 'string' ? new Date(`${at}T12:00:00Z`) : at;
  return dateTimeFormat(language, 'date').format(instant);
}
