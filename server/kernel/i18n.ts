import type { FastifyRequest } from 'fastify';
import format, { type CompiledMessage } from 'icu-minify/format';
import { MESSAGE_FORMAT_OPTIONS } from '../../contracts/message-format.js';
import {
  SOURCE_LANGUAGE,
  acceptedLanguages,
  languageOf,
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
 * Areas of the server whose words are in the catalogue so far: problem titles, the kernel's own
 * problems, attempt limits, joining a café, and sign-in limits. Everything else still says English.
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

/** Words for a person: a catalogue message, plain text (English, or a contract's message), or sentences of both. */
export type Text = string | Message | readonly Text[];

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
  return (text as readonly Text[]).map((part) => say(part, language)).join(' ');
}

/**
 * The language to answer a request in: a signed-in member's own choice; else the first offered one
 * in Accept-Language (the web app sends the language on screen, a browser its person's preference);
 * else English.
 */
export function requestLanguage(request: FastifyRequest): LanguageCode {
  return (
    request.actor?.language ??
    pickLanguage(acceptedLanguages(request.headers['accept-language'])) ??
    SOURCE_LANGUAGE
  );
}
