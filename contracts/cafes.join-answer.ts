// The answer to joining a café, checked without the validation library. Apart from the board's checks
// (cafes.answers.ts) so that the join page, opened from a QR code before anything else, carries only
// this one; cafes.test.ts holds it to JoinCafeResponseSchema on the server's real answers.
import type { z } from 'zod';
import { check, id, int, record, text } from './answer-check.js';
import type { JoinCafeResponseSchema } from './cafes.js';

export const joinAnswer = check<z.infer<typeof JoinCafeResponseSchema>>((value) => {
  const fields = record(value);
  return {
    cafeId: id(fields, 'cafeId'),
    participantId: id(fields, 'participantId'),
    displayName: text(fields, 'displayName'),
    tableId: id(fields, 'tableId'),
    tableNumber: int(fields, 'tableNumber'),
  };
});
