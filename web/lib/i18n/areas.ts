/**
 * The catalogue areas whose English ships with the first page: the layout, the signed-out home page
 * and the shared error pieces. Every other area's English travels with the pages that use it
 * (./pages.ts, or a page's own file: OWN_ENGLISH), so the first page carries only the words it shows. Welsh and Urdu load whole, once,
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
 * Pages whose English travels with them alone, in a file of its own (`en-<name>.json`, loaded by
 * ./<name>-page*.ts), so no other page carries it: every key in `areas` (an area, or an area and its
 * part, "cafes.join"), and a copy of each key in `alsoKeys`, which other pages use too. Every other
 * key beyond the first page goes to en-pages.json (./pages.ts).
 *
 * - public: "What's on" (an organisation's programme) and "You said, we did" (./public-pages.ts);
 * - join: the café join page, the page a phone opens from a QR code (./join-page.ts);
 * - board: a participant's café board and its round timer, and a table host's page (./cafe-board.ts).
 */
export const OWN_ENGLISH = {
  public: { areas: ['activities', 'youSaidWeDid', 'dates'], alsoKeys: [] },
  join: { areas: ['cafes.join'], alsoKeys: ['contracts.joinCode', 'contracts.postcodeDistrict'] },
  board: { areas: ['cafeBoard'], alsoKeys: [] },
} as const satisfies Record<string, { areas: readonly string[]; alsoKeys: readonly string[] }>;

/** True when `key` is in `area` (an area such as "cafes", or a part of one such as "cafes.join"). */
export function inArea(key: string, area: string): boolean {
  return key === area || key.startsWith(`${area}.`);
}
