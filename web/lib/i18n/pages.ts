import { addEnglish, translateEveryWord, useRegionWords, type Translate } from './i18n.js';
import more from './messages/en-pages.json' with { type: 'json' };

/**
 * The words of translated pages beyond the first (sign-in, joining a café): their English comes with
 * them rather than with the first page. Such a page asks with this `useT`; Welsh and Urdu hold every
 * word already.
 */
export const useT = addEnglish(more);

/** The same words outside components: the signed-in menu's names, made where the menu is put together. */
export const translate: Translate = translateEveryWord;

/**
 * For a piece shared by a translated page and one not yet translated (what a storyteller agreed,
 * shown on their confirmation page and on the printed record): English inside a page marked English.
 */
export const useRegionT: () => Translate = useRegionWords;
