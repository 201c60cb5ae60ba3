// The partnerships anyone may find, checked without the validation library: "What's on" and "You
// said, we did" list them, opened from the footer or a poster, often on a phone, and the library with
// the people contracts was a quarter of what that phone downloaded. The check returns exactly the
// contract's type, so a field added to PublicPartnershipsResponseSchema fails the type check here
// until it is read; public-partnerships.test.ts holds it to the schema on the server's real answer.
import type { z } from 'zod';
import { check, list, named, record } from './answer-check.js';
import type { PublicPartnershipsResponseSchema } from './people.js';

export const peopleAnswers = {
  publicPartnerships: check<z.infer<typeof PublicPartnershipsResponseSchema>>((value) => ({
    partnerships: list(record(value), 'partnerships', (partnership) => {
      const fields = record(partnership);
      return { ...named(fields), organisations: list(fields, 'organisations', named) };
    }),
  })),
};
