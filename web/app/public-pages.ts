import { strings } from '../lib/strings.js';

/**
 * The pages anyone may open without an account. The footer, the signed-out menu and the signed-out
 * home all link to them, so someone who has never signed in can find them from any page.
 */
export const publicPages: { to: string; label: string; body: string }[] = [
  { to: '/showcase', label: strings.publicPages.stories, body: strings.publicPages.storiesBody },
  { to: '/whats-on', label: strings.publicPages.whatsOn, body: strings.publicPages.whatsOnBody },
  {
    to: '/you-said-we-did',
    label: strings.publicPages.youSaidWeDid,
    body: strings.publicPages.youSaidWeDidBody,
  },
];
