// The participant's board page's answers (the board, adding an idea, a pair to compare), checked
// without the validation library (joining is checked apart, in cafes.join-answer.ts): the board page is opened from a QR code on a phone in the room,
// and the library with the café contracts was a fifth of what that phone downloaded. These checks
// return exactly the contract's types, so a field added to a schema in cafes.ts fails the type check
// here until it is read; cafes.test.ts holds them to the schemas on the server's real answers, good
// and broken. The facilitator's and table hosts' pages, which load the library anyway, keep the schemas.
import type { z } from 'zod';
import {
  check,
  flag,
  id,
  int,
  intRecord,
  isId,
  list,
  num,
  oneOf,
  orNull,
  record,
  refuse,
  text,
  timestamp,
  type Fields,
} from './answer-check.js';
import type { Board, CafeRole, Idea, PairSchema } from './cafes.js';
import {
  AGREEMENT_LABELS,
  CAFE_FORMATS,
  CAFE_ROLES,
  CAFE_STATUSES,
  PAPER_VOTE_KINDS,
  VOTING_METHODS,
} from './cafes.values.js';

const ids = (fields: Fields, name: string) => list(fields, name, (value) => (isId(value) ? value : refuse()));

/** CafeRoleSchema is strict and trims the name, so an unknown field is refused and the name trimmed. */
function role(value: unknown): CafeRole {
  const fields = record(value);
  if (Object.keys(fields).some((key) => key !== 'role' && key !== 'name' && key !== 'tableNumber')) refuse();
  const name = text(fields, 'name').trim();
  if (name.length < 1 || name.length > 80) refuse();
  const tableNumber = fields.tableNumber === undefined ? null : orNull(fields, 'tableNumber', int);
  if (tableNumber !== null && tableNumber < 1) refuse();
  return { role: oneOf(fields, 'role', CAFE_ROLES), name, tableNumber };
}

function cafe(value: unknown): Board['cafe'] {
  const fields = record(value);
  return {
    id: id(fields, 'id'),
    organisationId: id(fields, 'organisationId'),
    title: text(fields, 'title'),
    purpose: text(fields, 'purpose'),
    format: oneOf(fields, 'format', CAFE_FORMATS),
    startsAt: orNull(fields, 'startsAt', timestamp),
    venue: text(fields, 'venue'),
    accessInfo: text(fields, 'accessInfo'),
    capacity: orNull(fields, 'capacity', int),
    status: oneOf(fields, 'status', CAFE_STATUSES),
    currentRound: int(fields, 'currentRound'),
    roundEndsAt: orNull(fields, 'roundEndsAt', timestamp),
    votingMethod: oneOf(fields, 'votingMethod', VOTING_METHODS),
    votingOpen: flag(fields, 'votingOpen'),
    dotsPerPerson: int(fields, 'dotsPerPerson'),
    allowStacking: flag(fields, 'allowStacking'),
    rounds: list(fields, 'rounds', (round) => {
      const r = record(round);
      return {
        position: int(r, 'position'),
        question: text(r, 'question'),
        minutes: int(r, 'minutes'),
        votingMethod: oneOf(r, 'votingMethod', VOTING_METHODS),
        methodFixed: flag(r, 'methodFixed'),
      };
    }),
    tables: list(fields, 'tables', (table) => {
      const t = record(table);
      return { id: id(t, 'id'), number: int(t, 'number'), videoUrl: orNull(t, 'videoUrl', text) };
    }),
    roles: list(fields, 'roles', role),
    signUpOpen: flag(fields, 'signUpOpen'),
    signUps: int(fields, 'signUps'),
    joinCode: orNull(fields, 'joinCode', text),
  };
}

function idea(value: unknown): Idea {
  const fields = record(value);
  return {
    id: id(fields, 'id'),
    text: text(fields, 'text'),
    tableNumber: int(fields, 'tableNumber'),
    round: int(fields, 'round'),
    author: text(fields, 'author'),
    hidden: flag(fields, 'hidden'),
    hiddenReason: orNull(fields, 'hiddenReason', text),
    mergedInto: orNull(fields, 'mergedInto', id),
    dots: int(fields, 'dots'),
    paperVotes: int(fields, 'paperVotes'),
    paperKind: fields.paperKind === null ? null : oneOf(fields, 'paperKind', PAPER_VOTE_KINDS),
    voters: int(fields, 'voters'),
    helpers: int(fields, 'helpers'),
    rank: orNull(fields, 'rank', int),
    pairwise: orNull(fields, 'pairwise', (f, name) => {
      const p = record(f[name]);
      return {
        wins: int(p, 'wins'),
        losses: int(p, 'losses'),
        cantDecide: int(p, 'cantDecide'),
        score: num(p, 'score'),
      };
    }),
    agreement: orNull(fields, 'agreement', (f, name) => {
      const a = record(f[name]);
      return {
        agrees: int(a, 'agrees'),
        disagrees: int(a, 'disagrees'),
        passes: int(a, 'passes'),
        votes: int(a, 'votes'),
        label: oneOf(a, 'label', AGREEMENT_LABELS),
        consensus: num(a, 'consensus'),
        divisiveness: num(a, 'divisiveness'),
      };
    }),
  };
}

function me(fields: Fields, name: string): NonNullable<Board['me']> {
  const m = record(fields[name]);
  return {
    participantId: id(m, 'participantId'),
    tableId: id(m, 'tableId'),
    tableNumber: int(m, 'tableNumber'),
    dotsLeft: int(m, 'dotsLeft'),
    votes: intRecord(m, 'votes'),
    helping: ids(m, 'helping'),
    helpingWithContact: ids(m, 'helpingWithContact'),
    statementVotes: intRecord(m, 'statementVotes'),
  };
}

function board(value: unknown): Board {
  const fields = record(value);
  return {
    cafe: cafe(fields.cafe),
    ideas: list(fields, 'ideas', idea),
    participants: int(fields, 'participants'),
    opinionGroups: orNull(fields, 'opinionGroups', int),
    me: orNull(fields, 'me', me),
    version: int(fields, 'version'),
  };
}

export const cafeAnswers = {
  board: check<Board>(board),
  created: check<{ id: string }>((value) => ({ id: id(record(value), 'id') })),
  pair: check<z.infer<typeof PairSchema>>((value) => {
    if (value === null) return null;
    const fields = record(value);
    return { leftId: id(fields, 'leftId'), rightId: id(fields, 'rightId') };
  }),
};
