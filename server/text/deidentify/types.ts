// The shapes every detector shares: what a finding is, and the callback a detector reports through.

export type PiiType =
  | 'PERSON'
  | 'PHONE'
  | 'EMAIL'
  | 'NHS_NUMBER'
  | 'NI_NUMBER'
  | 'POSTCODE'
  | 'ADDRESS'
  | 'DATE_OF_BIRTH'
  | 'URL_OR_HANDLE'
  | 'FACILITY'
  | 'ORGANISATION'
  | 'DATE'
  | 'AGE';

export interface PiiFinding {
  /** UTF-16 offset of the first character. */
  start: number;
  /** UTF-16 offset just past the last character. */
  end: number;
  type: PiiType;
  text: string;
  /** 0..1: how sure the rule that found it is. */
  confidence: number;
  /** What the text becomes when redacted, e.g. `[PERSON]` or `[hospital]`. */
  replacement: string;
  /** Why it was flagged, in plain words for the reviewer. */
  reason: string;
}

/** A finding before overlaps are resolved and its replacement is chosen. */
export interface Draft {
  start: number;
  end: number;
  type: PiiType;
  confidence: number;
  reason: string;
}

/** How a detector reports a draft finding; spans outside the text or empty are dropped. */
export type Add = (start: number, end: number, type: PiiType, confidence: number, reason: string) => void;
