import { UnsubscribePage as PriorityUnsubscribePage } from '../features/coproduction/unsubscribe-page.js';
import { NewsUnsubscribePage } from '../features/news/unsubscribe-page.js';

/**
 * Every unsubscribe link opens here: the link in news messages, and a priority's own link from a
 * message sent before news was gathered into one a day, which stops that priority alone.
 */
export function UnsubscribeLinkPage() {
  return <NewsUnsubscribePage whenUnknown={<PriorityUnsubscribePage />} />;
}
