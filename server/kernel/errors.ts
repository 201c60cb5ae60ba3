import { message, say, type Message, type ServerMessageKey, type Text } from './i18n.js';

/**
 * Error codes the API answers with. Each maps to one HTTP status in `STATUS_BY_CODE`.
 */
export type ErrorCode =
  /** The request is well-formed but asks for something that cannot be done. */
  | 'bad_request'
  /** One or more fields failed validation; `errors` lists them. */
  | 'validation_failed'
  /** Sign-in needed. */
  | 'unauthenticated'
  /** Signed in, but this person may not do this (used only where revealing existence is harmless). */
  | 'forbidden'
  /** Not there, or not visible to this person: the two are indistinguishable on purpose. */
  | 'not_found'
  /** Clashes with what is already stored (e.g. an email in use). */
  | 'conflict'
  /** Too many attempts; try again later. */
  | 'rate_limited'
  | 'payload_too_large'
  | 'unsupported_media_type'
  /** The request came from another site and was refused (CSRF protection). */
  | 'cross_site_request'
  | 'internal';

export const STATUS_BY_CODE: Record<ErrorCode, number> = {
  bad_request: 400,
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  payload_too_large: 413,
  unsupported_media_type: 415,
  cross_site_request: 403,
  internal: 500,
};

/** The short title of each kind of problem, in the message catalogue. */
const TITLES = {
  bad_request: 'problems.title.bad_request',
  validation_failed: 'problems.title.validation_failed',
  unauthenticated: 'problems.title.unauthenticated',
  forbidden: 'problems.title.forbidden',
  not_found: 'problems.title.not_found',
  conflict: 'problems.title.conflict',
  rate_limited: 'problems.title.rate_limited',
  payload_too_large: 'problems.title.payload_too_large',
  unsupported_media_type: 'problems.title.unsupported_media_type',
  cross_site_request: 'problems.title.cross_site_request',
  internal: 'problems.title.internal',
} as const satisfies Record<ErrorCode, ServerMessageKey>;

export function titleOf(code: ErrorCode): Message {
  return message(TITLES[code]);
}

export type FieldError = { path: string; message: string };
/** A field's problem as a use case states it: its words may be a catalogue message. */
export type FieldProblem = { path: string; message: Text };

/**
 * An expected failure, answered to the client as `application/problem+json` in the reader's
 * language (`message` and `fieldErrors` hold the English, for logs and tests).
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly text: Text;
  readonly fieldProblems: FieldProblem[] | undefined;
  /** For `rate_limited`: seconds until another try may succeed, sent as `Retry-After`. */
  retryAfterSeconds: number | undefined;
  /** The detail only lists the field problems ("path: message; …"), so it is written again from them in each language. */
  summarisesFields = false;

  constructor(code: ErrorCode, text: Text, fieldProblems?: FieldProblem[]) {
    super(say(text, 'en'));
    this.name = 'AppError';
    this.code = code;
    this.text = text;
    this.fieldProblems = fieldProblems;
  }

  get fieldErrors(): FieldError[] | undefined {
    return this.fieldProblems?.map((field) => ({ path: field.path, message: say(field.message, 'en') }));
  }

  get status(): number {
    return STATUS_BY_CODE[this.code];
  }
}

/**
 * What a "could not be found" answer can name. Each is a whole sentence in the catalogue, so a
 * translation can agree with its noun (Welsh mutates it and its "this"; Urdu's verb takes its gender).
 */
const NOT_FOUND = {
  page: 'problems.notFound.page',
  organisation: 'problems.notFound.organisation',
  partnership: 'problems.notFound.partnership',
  partnerOrganisation: 'problems.notFound.partnerOrganisation',
  partner: 'problems.notFound.partner',
  account: 'problems.notFound.account',
  person: 'problems.notFound.person',
  membership: 'problems.notFound.membership',
  message: 'problems.notFound.message',
  erasureRequest: 'problems.notFound.erasureRequest',
  developmentOutbox: 'problems.notFound.developmentOutbox',
  unsubscribeLink: 'problems.notFound.unsubscribeLink',
  calendar: 'problems.notFound.calendar',
  story: 'problems.notFound.story',
  originalStory: 'problems.notFound.originalStory',
  someStories: 'problems.notFound.someStories',
  recording: 'problems.notFound.recording',
  alert: 'problems.notFound.alert',
  consentRecord: 'problems.notFound.consentRecord',
  consentFormScan: 'problems.notFound.consentFormScan',
  consentFormFile: 'problems.notFound.consentFormFile',
  collection: 'problems.notFound.collection',
  cafe: 'problems.notFound.cafe',
  round: 'problems.notFound.round',
  idea: 'problems.notFound.idea',
  pairOfIdeas: 'problems.notFound.pairOfIdeas',
  statement: 'problems.notFound.statement',
  photo: 'problems.notFound.photo',
  priority: 'problems.notFound.priority',
  cafePriority: 'problems.notFound.cafePriority',
  keyMessage: 'problems.notFound.keyMessage',
  commitment: 'problems.notFound.commitment',
  seat: 'problems.notFound.seat',
  group: 'problems.notFound.group',
  meeting: 'problems.notFound.meeting',
  action: 'problems.notFound.action',
  activity: 'problems.notFound.activity',
  session: 'problems.notFound.session',
  yourPlace: 'problems.notFound.yourPlace',
  proposal: 'problems.notFound.proposal',
  role: 'problems.notFound.role',
  application: 'problems.notFound.application',
  opportunity: 'problems.notFound.opportunity',
  entry: 'problems.notFound.entry',
  trainingRecord: 'problems.notFound.trainingRecord',
  analysis: 'problems.notFound.analysis',
  analysisProject: 'problems.notFound.analysisProject',
  assignment: 'problems.notFound.assignment',
  codebook: 'problems.notFound.codebook',
  code: 'problems.notFound.code',
  someCodes: 'problems.notFound.someCodes',
  parentCode: 'problems.notFound.parentCode',
  pairOfCodes: 'problems.notFound.pairOfCodes',
  coding: 'problems.notFound.coding',
  theme: 'problems.notFound.theme',
  someQuotes: 'problems.notFound.someQuotes',
  suggestion: 'problems.notFound.suggestion',
} as const satisfies Record<string, ServerMessageKey>;
export type Missing = keyof typeof NOT_FOUND;

/**
 * The standard answer when something is missing or the actor may not see it, naming what was asked
 * for (`notFound('story')`) in the reader's language. A catalogue message in place of `what` is the
 * whole answer (a storyteller's link, an address that does not exist).
 */
export function notFound(what: Missing | Message = 'page'): AppError {
  return new AppError('not_found', typeof what === 'string' ? message(NOT_FOUND[what]) : what);
}

/** Too many attempts: a 429 whose `Retry-After` says when to try again. */
export function rateLimited(text: Text, retryAfterSeconds: number): AppError {
  const error = new AppError('rate_limited', text);
  error.retryAfterSeconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return error;
}

/** A refusal that names the field to fix, like the edge's own validation problems (400). */
export function invalidField(path: string, text: Text): AppError {
  return new AppError('validation_failed', text, [{ path, message: text }]);
}

/** PostgreSQL's SQLSTATE of a failed query, read from the driver's error or the cause it wraps. */
export function sqlStateOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, cause } = error as { code?: unknown; cause?: unknown };
  if (typeof cause === 'object' && cause !== null) {
    const causeCode = (cause as { code?: unknown }).code;
    if (typeof causeCode === 'string') return causeCode;
  }
  return typeof code === 'string' ? code : undefined;
}

/** Did a write lose a race to a unique index (SQLSTATE 23505)? */
export function isUniqueViolation(error: unknown): boolean {
  return sqlStateOf(error) === '23505';
}
