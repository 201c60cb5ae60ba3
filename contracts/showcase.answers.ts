// The public stories pages' answers, checked without the validation library. The showcase is often
// the first page someone opens, from a shared link on a phone, and the library with its contracts
// was a third of what that phone downloaded. These checks return exactly the contract's types, so a
// field added to a schema in stories.ts fails the type check here until it is read; and
// stories.test.ts holds them to the schemas on the server's real answers, good and broken.
import type { z } from 'zod';
import type {
  CollectionListResponseSchema,
  CollectionResponseSchema,
  CollectionSchema,
  ShowcaseListResponseSchema,
  ShowcaseStory,
} from './stories.js';
import { check, id, int, list, record, refuse, text, timestamp } from './answer-check.js';
import { isChannel } from './stories.values.js';

type Collection = z.infer<typeof CollectionSchema>;

/** Like a schema's parse, only the declared fields come through: anything else is left behind. */
function story(value: unknown): ShowcaseStory {
  const fields = record(value);
  const channel = fields.channel;
  if (!isChannel(channel)) refuse();
  return {
    id: id(fields, 'id'),
    title: text(fields, 'title'),
    channel,
    text: text(fields, 'text'),
    byline: text(fields, 'byline'),
    publishedAt: timestamp(fields, 'publishedAt'),
  };
}

function collection(value: unknown): Collection {
  const fields = record(value);
  return {
    id: id(fields, 'id'),
    title: text(fields, 'title'),
    description: text(fields, 'description'),
    storyCount: int(fields, 'storyCount'),
  };
}

export const showcaseAnswers = {
  stories: check<z.infer<typeof ShowcaseListResponseSchema>>((value) => ({
    stories: list(record(value), 'stories', story),
  })),
  story: check<ShowcaseStory>(story),
  collections: check<z.infer<typeof CollectionListResponseSchema>>((value) => ({
    collections: list(record(value), 'collections', collection),
  })),
  collection: check<z.infer<typeof CollectionResponseSchema>>((value) => {
    const fields = record(value);
    return { collection: collection(fields.collection), stories: list(fields, 'stories', story) };
  }),
};
