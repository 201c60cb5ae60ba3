import { addEnglish, useRegionWords } from './i18n.js';
import more from './messages/en-board.json' with { type: 'json' };

/**
 * The words of a participant's café board and its round timer, and of a table host's page
 * (`cafeBoard.host.*`): their English comes with those pages alone (areas.ts, OWN_ENGLISH), so the
 * join page carries none of it; Welsh and Urdu hold every word already. Pieces of the board also appear on a facilitator's pages not yet translated (the round
 * timer, an idea's counts, the projector): there they speak English, matching the page's `lang`.
 */
addEnglish(more);
export const useT = useRegionWords;
