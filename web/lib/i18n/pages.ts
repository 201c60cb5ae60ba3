import { addEnglish } from './i18n.js';
import more from './messages/en-pages.json' with { type: 'json' };

/**
 * The words of translated pages beyond the first (sign-in, joining a café): their English comes with
 * them rather than with the first page. Such a page asks with this `useT`; Welsh and Urdu hold every
 * word already.
 */
export const useT = addEnglish(more);
