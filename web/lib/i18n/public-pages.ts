import { addEnglish, useRegionTag, useRegionWords } from './i18n.js';
import more from './messages/en-public.json' with { type: 'json' };

/**
 * The words of the public pages beyond the first: "What's on" (an organisation's programme, and a
 * member's own with their places) and "You said, we did". Their English comes with them alone (areas.ts, OWN_ENGLISH), so the café
 * join page carries none of it; Welsh and Urdu hold every word already.
 *
 * Some of their pieces also appear in members' pages not yet translated (a session's details, the
 * programme's filters, a commitment): there they speak English, matching the page's `lang`.
 */
addEnglish(more);
export const useT = useRegionWords;
/** The tag to give `Intl` for dates and lists on these pages. */
export const useLocaleTag = useRegionTag;
