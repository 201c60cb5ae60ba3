import { addEnglish } from './i18n.js';
import more from './messages/en-join.json' with { type: 'json' };

/**
 * The café join page's words: their English comes with that page alone (areas.ts, OWN_ENGLISH), so a
 * phone opening it from a QR code fetches none of the other pages' words. Welsh and Urdu hold every
 * word already.
 */
export const useT = addEnglish(more);
