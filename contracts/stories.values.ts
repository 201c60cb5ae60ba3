// The fixed lists of values stories are told and tagged with, apart from their schemas in stories.ts
// so that a page which only lists or checks them (the public showcase's filters) needs no validation
// library to do so.

export const CHANNELS = [
  'written',
  'one_to_one_interview',
  'group_sharing',
  'writing_group',
  'video_interview',
] as const;
export type Channel = (typeof CHANNELS)[number];

/** The CHIME recovery themes stories are tagged with (suggested by the text toolkit). */
export const CHIME_THEMES = ['connectedness', 'hope', 'identity', 'meaning', 'empowerment'] as const;
export type Theme = (typeof CHIME_THEMES)[number];

export function isChannel(value: unknown): value is Channel {
  return (CHANNELS as readonly unknown[]).includes(value);
}

export function isTheme(value: unknown): value is Theme {
  return (CHIME_THEMES as readonly unknown[]).includes(value);
}
