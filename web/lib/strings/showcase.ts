// The public stories pages' words, apart from the stories word list: the showcase is often the first
// page someone opens on a phone, and it should not download every word of the members' story pages.
import type { Channel } from '../../../contracts/stories.values.js';

export const showcaseStrings = {
  channels: {
    written: 'Written by the storyteller',
    one_to_one_interview: 'One-to-one interview',
    group_sharing: 'Group story sharing',
    writing_group: 'Writing group',
    video_interview: 'Video or audio interview',
  } satisfies Record<Channel, string>,

  page: {
    title: 'Stories of recovery',
    lead: 'Real stories, shared by people in recovery who chose to share them. Names and details that could identify someone have been taken out.',
    search: 'Search the stories',
    searchHint: 'A word or phrase, such as “hope” or “walking”.',
    channel: 'How the story was shared',
    anyChannel: 'Any way',
    submit: 'Search',
    results: (count: number) => `${count} ${count === 1 ? 'story' : 'stories'}`,
    none: 'No stories match yet. Try a different word.',
    read: 'Read the story',
    by: (byline: string) => `By ${byline}`,
    published: (date: string) => `Shared ${date}`,
    back: 'All stories',
    share: 'Share this story',
    shareHint: 'Copy this link to share the story.',
    shareLink: 'Link to this story',
    copy: 'Copy the link',
    copied: 'The link has been copied.',
    copyFailed: 'We could not copy the link. Select it and copy it yourself.',
    notFound: 'This story is not available. The storyteller may have chosen to stop sharing it.',
    theme: 'What the story is about',
    anyTheme: 'Anything',
    themes: {
      connectedness: 'Connection with other people',
      hope: 'Hope',
      identity: 'Who I am',
      meaning: 'Meaning and purpose',
      empowerment: 'Being in charge of my life',
    },
    collections: 'Collections',
    collectionCount: (count: number) => `${count} ${count === 1 ? 'story' : 'stories'}`,
    collectionEmpty: 'There are no stories in this collection at the moment.',
    collectionNotFound: 'This collection is not available.',
  },

  manageCollections: 'Collections of public stories',
};
