// The public "You said, we did" pages' answers, checked without the validation library: they are
// opened from the footer, a shared link or news about a priority, often on a phone, and the library
// with the co-production contracts was a quarter of what that phone downloaded. These checks return
// exactly the contract's types, so a field added to a schema in coproduction.ts fails the type check
// here until it is read; coproduction.test.ts holds them to the schemas on the server's real answers,
// good and broken. The partnership's own pages, which load the library anyway, keep the schemas.
import type { z } from 'zod';
import {
  check,
  id,
  int,
  list,
  named,
  oneOf,
  orNull,
  record,
  refuse,
  text,
  type Fields,
} from './answer-check.js';
import type { PublicPriority, PublicPriorityPageSchema, PublicYouSaidWeDidSchema } from './coproduction.js';
import { COMMITMENT_STATUSES, PRIORITY_SOURCES, PRIORITY_STATES } from './coproduction.values.js';

/**
 * z.iso.date(): a calendar date like 2026-03-14 that is on the calendar (no 30 February; 29 February
 * only in a leap year). Here rather than in answer-check.ts, since only these pages read dates: the
 * showcase and the café pages, which share those readers, do not download it.
 */
const DAY = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function day(fields: Fields, name: string): string {
  const value = text(fields, name);
  const [, year = '', month = '', date = ''] = DAY.exec(value) ?? refuse();
  const y = Number(year);
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][Number(month) - 1] ?? 0;
  if (Number(date) > days) refuse();
  return value;
}

type PublicCommitment = PublicPriority['commitments'][number];

function commitment(value: unknown): PublicCommitment {
  const fields = record(value);
  return {
    id: id(fields, 'id'),
    ownerOrganisationName: text(fields, 'ownerOrganisationName'),
    description: text(fields, 'description'),
    dueOn: orNull(fields, 'dueOn', day),
    status: oneOf(fields, 'status', COMMITMENT_STATUSES),
    declinedReason: orNull(fields, 'declinedReason', text),
    progress: int(fields, 'progress'),
    updates: list(fields, 'updates', (update) => {
      const updateFields = record(update);
      return {
        id: id(updateFields, 'id'),
        text: text(updateFields, 'text'),
        happenedOn: day(updateFields, 'happenedOn'),
      };
    }),
  };
}

function priority(value: unknown): PublicPriority {
  const fields = record(value);
  return {
    id: id(fields, 'id'),
    organisationName: text(fields, 'organisationName'),
    source: oneOf(fields, 'source', PRIORITY_SOURCES),
    title: text(fields, 'title'),
    text: text(fields, 'text'),
    commitments: list(fields, 'commitments', commitment),
    state: oneOf(fields, 'state', PRIORITY_STATES),
    done: int(fields, 'done'),
    open: int(fields, 'open'),
    declined: int(fields, 'declined'),
  };
}

export const coproductionAnswers = {
  youSaidWeDid: check<z.infer<typeof PublicYouSaidWeDidSchema>>((value) => {
    const fields = record(value);
    return {
      partnershipId: id(fields, 'partnershipId'),
      organisations: list(fields, 'organisations', named),
      priorities: list(fields, 'priorities', priority),
    };
  }),
  youSaidWeDidPriority: check<z.infer<typeof PublicPriorityPageSchema>>((value) => {
    const fields = record(value);
    return { partnershipId: id(fields, 'partnershipId'), priority: priority(fields.priority) };
  }),
};
