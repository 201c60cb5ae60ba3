// What the people finders share while they read one text.
import type { Token } from './tokens.js';
import type { Add } from './types.js';

/** Reports a person's name; a possessive or contraction at its end ("Fiona's") is left out. */
export type AddPerson = (start: number, end: number, confidence: number, reason: string) => void;

export interface NameScan {
  text: string;
  tokens: Token[];
  /** Typed like a message, where names are often written in lowercase. */
  informal: boolean;
  /** Names the text gives outright: introductions, greetings, sign-offs, speaker labels. */
  known: Set<string>;
  /** Names that only context revealed ("Will and I met"): their other uses are the same person. */
  learned: Set<string>;
  /** Tokens opening a sentence that may be a name, for the language model to decide after the pass. */
  pending: number[];
  /** Capitalised words seen in mid-sentence, where a capital means a name. */
  midCaps: Set<string>;
  person: AddPerson;
}

export function personAdder(text: string, add: Add): AddPerson {
  return (start: number, end: number, confidence: number, reason: string): void => {
    // "Fiona's", "Dr Vosper'll": the name without the possessive or the contraction after it
    const tail = /['’](?:s|ll|d|ve|re|m)$/i.exec(text.slice(Math.max(start, end - 3), end));
    add(start, tail ? end - tail[0].length : end, 'PERSON', confidence, reason);
  };
}
