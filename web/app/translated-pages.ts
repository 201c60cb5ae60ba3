/**
 * The pages whose every word comes from the message catalogue (lib/i18n), so they read in the
 * language chosen. The layout marks every other page as English (lang="en-GB", left to right): a
 * screen reader then reads it with an English voice, and an Urdu layout keeps its English readable.
 *
 * A page joins this list once its file takes all its words from the catalogue; add the file to the
 * "translated areas" in eslint.config.js too, which then refuses hard-coded English in its JSX.
 */
const TRANSLATED_PAGES: readonly RegExp[] = [
  /^\/sign-in\/?$/,
  /^\/join(\/[^/]+)?\/?$/,
  // A participant's café board.
  /^\/cafes\/[^/]+\/board\/?$/,
  // A café's table host, from their link or the code on their slip, and their table's page.
  /^\/table-host\/?$/,
  /^\/cafes\/[^/]+\/table-host\/?$/,
  // "What's on" for anyone, and an organisation's public programme.
  /^\/whats-on\/?$/,
  /^\/programme\/[^/]+\/?$/,
  // A member's own "What's on": booking places, their places and their calendar link.
  /^\/activities\/?$/,
  // "You said, we did", the index, a partnership's page and a priority's.
  /^\/you-said-we-did(\/[^/]+|\/priorities\/[^/]+)?\/?$/,
  // Where a storyteller without an account confirms their story, from the link sent to them.
  /^\/confirm\/[^/]+\/?$/,
  // A member's own stories: the list, starting one, writing it, one story (their text keeps its own
  // language) and who can see it. Checking what identifies them is still English; so is the consent
  // page of a story someone else recorded, marked so by the page itself.
  /^\/stories\/?$/,
  /^\/stories\/new\/?$/,
  /^\/stories\/(?!search\/?$)[^/]+(\/edit|\/consent)?\/?$/,
  // The consent record a peer supporter prints for a storyteller, in the language on screen.
  /^\/stories\/[^/]+\/consent-record\/[^/]+\/?$/,
  // The languages a partnership offers, chosen by its admins.
  /^\/admin\/languages\/?$/,
];

export function isTranslatedPage(pathname: string): boolean {
  // The home page, signed out and signed in (where the cards of parts not yet translated say they
  // are English themselves).
  if (pathname === '/') return true;
  return TRANSLATED_PAGES.some((page) => page.test(pathname));
}
