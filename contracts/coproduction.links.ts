/**
 * The public page of one priority, where news about it links: the server writes it into messages and
 * the public pages link to it. Kept apart from the schemas so a public page can use it without
 * loading the validation library. The priority alone names it, so a text message keeps room for its
 * news: the page learns the partnership from the answer.
 */
export function publicPriorityPath(priorityId: string): string {
  return `/you-said-we-did/priorities/${priorityId}`;
}
