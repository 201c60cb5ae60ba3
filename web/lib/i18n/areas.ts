/**
 * The catalogue areas whose English ships with the first page: the layout, the signed-out home page
 * and the shared error pieces. Every other area's English travels with the pages that use it
 * (./pages.ts), so the first page carries only the words it shows. Welsh and Urdu load whole, once,
 * when chosen. `npm run messages` splits the English by these key prefixes.
 */
export const FIRST_PAGE_AREAS = [
  'page',
  'layout',
  'language',
  'nav',
  'publicPages',
  'home',
  'errors',
] as const;

/**
 * The areas of the public pages beyond the first ("What's on", "You said, we did"), whose English
 * travels with those pages alone (./public-pages.ts, en-public.json), so joining a café carries none
 * of it.
 */
export const PUBLIC_PAGE_AREAS = ['activities', 'youSaidWeDid', 'dates'] as const;
