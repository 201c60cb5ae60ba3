import type { PlainMessageKey } from '../lib/i18n/i18n.js';

/**
 * The pages anyone may open without an account. The footer, the signed-out menu and the signed-out
 * home all link to them, so someone who has never signed in can find them from any page. Their names
 * are catalogue keys, said in the reader's language where they are shown.
 */
export const publicPages: { to: string; label: PlainMessageKey; body: PlainMessageKey }[] = [
  { to: '/showcase', label: 'publicPages.stories', body: 'publicPages.storiesBody' },
  { to: '/whats-on', label: 'publicPages.whatsOn', body: 'publicPages.whatsOnBody' },
  { to: '/you-said-we-did', label: 'publicPages.youSaidWeDid', body: 'publicPages.youSaidWeDidBody' },
];
