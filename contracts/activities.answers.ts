// The public programme's answer, checked without the validation library: the page is opened from a
// poster or a shared link, often on a phone, and the library with the activity contracts was a fifth
// of what that phone downloaded. The check returns exactly the contract's type, so a field added to
// ActivitySchema or OccurrenceSchema fails the type check here until it is read; activities.test.ts
// holds it to the schema on the server's real answers, good and broken.
import type { z } from 'zod';
import type { Activity, Occurrence, PublicProgrammeSchema } from './activities.js';
import { ACTIVITY_KINDS, FREQUENCIES } from './activities.values.js';
import { check, flag, id, int, list, named, oneOf, orNull, record, text, timestamp } from './answer-check.js';

function occurrence(value: unknown): Occurrence {
  const fields = record(value);
  return {
    id: id(fields, 'id'),
    activityId: id(fields, 'activityId'),
    startsAt: timestamp(fields, 'startsAt'),
    endsAt: timestamp(fields, 'endsAt'),
    cancelled: flag(fields, 'cancelled'),
    cancelReason: orNull(fields, 'cancelReason', text),
    booked: int(fields, 'booked'),
    waiting: int(fields, 'waiting'),
    placesLeft: int(fields, 'placesLeft'),
  };
}

function activity(value: unknown): Activity {
  const fields = record(value);
  return {
    id: id(fields, 'id'),
    organisationId: id(fields, 'organisationId'),
    title: text(fields, 'title'),
    description: text(fields, 'description'),
    kind: oneOf(fields, 'kind', ACTIVITY_KINDS),
    venue: text(fields, 'venue'),
    accessInformation: text(fields, 'accessInformation'),
    capacity: int(fields, 'capacity'),
    isPublic: flag(fields, 'isPublic'),
    frequency: oneOf(fields, 'frequency', FREQUENCIES),
    startTime: text(fields, 'startTime'),
    timeZone: text(fields, 'timeZone'),
    occurrences: list(fields, 'occurrences', occurrence),
  };
}

export const activityAnswers = {
  publicProgramme: check<z.infer<typeof PublicProgrammeSchema>>((value) => {
    const fields = record(value);
    return {
      organisation: named(fields.organisation),
      activities: list(fields, 'activities', activity),
    };
  }),
};
