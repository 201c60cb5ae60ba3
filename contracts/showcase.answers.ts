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
import { isChannel } from './stories.values.js';

type Collection = z.infer<typeof CollectionSchema>;

/** What `apiRequest` asks of an answer's check: the schema's own `safeParse`, or one like it. */
export interface AnswerCheck<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

class NotTheContract extends Error {}

type Fields = Record<string, unknown>;

function record(value: unknown): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new NotTheContract();
  return value as Fields;
}

function text(fields: Fields, name: string): string {
  const value = fields[name];
  if (typeof value !== 'string') throw new NotTheContract();
  return value;
}

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function id(fields: Fields, name: string): string {
  const value = text(fields, name);
  if (!ID.test(value)) throw new NotTheContract();
  return value;
}

function list<T>(fields: Fields, name: string, read: (value: unknown) => T): T[] {
  const value = fields[name];
  if (!Array.isArray(value)) throw new NotTheContract();
  return value.map(read);
}

/** Like a schema's parse, only the declared fields come through: anything else is left behind. */
function story(value: unknown): ShowcaseStory {
  const fields = record(value);
  const channel = fields.channel;
  if (!isChannel(channel)) throw new NotTheContract();
  const publishedAt = text(fields, 'publishedAt');
  if (Number.isNaN(Date.parse(publishedAt))) throw new NotTheContract();
  return {
    id: id(fields, 'id'),
    title: text(fields, 'title'),
    channel,
    text: text(fields, 'text'),
    byline: text(fields, 'byline'),
    publishedAt,
  };
}

function collection(value: unknown): Collection {
  const fields = record(value);
  const storyCount = fields.storyCount;
  if (typeof storyCount !== 'number' || !Number.isInteger(storyCount)) throw new NotTheContract();
  return {
    id: id(fields, 'id'),
    title: text(fields, 'title'),
    description: text(fields, 'description'),
    storyCount,
  };
}

function check<T>(read: (value: unknown) => T): AnswerCheck<T> {
  return {
    safeParse(value) {
      try {
        return { success: true, data: read(value) };
      } catch (error) {
        if (error instanceof NotTheContract) return { success: false };
        throw error;
      }
    },
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
