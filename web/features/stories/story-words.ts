/**
 * A story's own words (its title and text) keep the language and direction they were written in,
 * whatever language the page is in. Cairn does not record which language a story is told in, so the
 * language is left unknown (lang="") and the browser takes the direction from the words themselves
 * (dir="auto"): Urdu written on an English page reads right to left, English on an Urdu page left to
 * right, and a screen reader does not read English words with a Welsh voice.
 */
export const STORYTELLERS_WORDS = { lang: '', dir: 'auto' } as const;
