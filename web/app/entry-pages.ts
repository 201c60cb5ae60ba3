/**
 * The pages people open first on their own phone: from a QR code in a café, a poster or a shared link,
 * usually without an account. For each, the server answers with the app's index.html naming the
 * page's own scripts and styles too (written at build time by `entryPagePreloads` in vite.config.ts),
 * so a slow phone fetches everything the page needs at once, side by side, rather than learning of the
 * page's scripts only once the app has started, and of its contract only once the page has drawn.
 * Any other path gets the plain index.html.
 *
 * - `paths`: the page's paths in router.tsx. `:name` stands for any one segment, so /showcase/manage
 *   gets the story page's few kilobytes too.
 * - `module`: the page's file under web/, loaded lazily by the router.
 * - `readsAtOnce`: the contracts, under the project root, that the page loads beside its first
 *   requests (see callEndpointLoadingContract) and needs before it can show their answers. The join
 *   page reads nothing until someone presses "Join", so its contract is left to load then. Today
 *   every page here checks its answers without the validation library (contracts/*.answers.ts), so
 *   none names one; a page that must read a contract at once lists it here.
 */
export const ENTRY_PAGES = [
  {
    name: 'cafe-join',
    paths: ['/join', '/join/:code'],
    module: 'features/cafes/join-page.tsx',
    readsAtOnce: [],
  },
  {
    name: 'cafe-board',
    paths: ['/cafes/:cafeId/board'],
    module: 'features/cafes/board-page.tsx',
    // Its answers are checked without the validation library (contracts/cafes.answers.ts).
    readsAtOnce: [],
  },
  {
    name: 'showcase',
    paths: ['/showcase'],
    module: 'features/showcase/showcase-page.tsx',
    // Its answers are checked without the validation library (contracts/showcase.answers.ts).
    readsAtOnce: [],
  },
  {
    name: 'showcase-story',
    paths: ['/showcase/:storyId'],
    module: 'features/showcase/showcase-story-page.tsx',
    readsAtOnce: [],
  },
  {
    name: 'showcase-collection',
    paths: ['/showcase/collections/:collectionId'],
    module: 'features/showcase/collection-page.tsx',
    readsAtOnce: [],
  },
  {
    name: 'whats-on',
    paths: ['/whats-on'],
    module: 'features/activities/whats-on-page.tsx',
    // Its answer is checked without the validation library (contracts/people.answers.ts).
    readsAtOnce: [],
  },
  {
    name: 'programme',
    paths: ['/programme/:organisationId'],
    module: 'features/activities/public-page.tsx',
    // Its answer is checked without the validation library (contracts/activities.answers.ts).
    readsAtOnce: [],
  },
  {
    name: 'you-said-we-did',
    paths: ['/you-said-we-did'],
    module: 'features/coproduction/partnerships-page.tsx',
    // Its answer is checked without the validation library (contracts/people.answers.ts).
    readsAtOnce: [],
  },
  {
    name: 'you-said-we-did-partnership',
    paths: ['/you-said-we-did/:partnershipId'],
    module: 'features/coproduction/public-page.tsx',
    // Its answers are checked without the validation library (contracts/coproduction.answers.ts).
    readsAtOnce: [],
  },
  {
    name: 'you-said-we-did-priority',
    paths: ['/you-said-we-did/priorities/:priorityId'],
    module: 'features/coproduction/public-priority-page.tsx',
    // Its answer is checked without the validation library (contracts/coproduction.answers.ts).
    readsAtOnce: [],
  },
] as const satisfies readonly EntryPage[];

export interface EntryPage {
  name: string;
  paths: readonly string[];
  module: string;
  readsAtOnce: readonly string[];
}

/** What the build writes to dist/web/entry-pages.json for the server: which page file answers which paths. */
export interface BuiltEntryPage {
  paths: readonly string[];
  /** The page's index.html, under dist/web. */
  html: string;
}
