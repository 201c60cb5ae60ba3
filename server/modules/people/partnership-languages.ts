import type { PartnershipLanguages } from '../../../contracts/people.js';
import type { Actor } from '../../kernel/access.js';
import { recordAudit } from '../../kernel/audit.js';
import type { ModuleContext } from '../../kernel/module.js';
import { requirePartnershipAdmin } from './loaders.js';
import * as repo from './people.repository.js';
import { forgetVisitorLanguages } from './visitor-languages.js';

/**
 * A partnership admin chooses which languages the partnership offers. Members who chose a language
 * no longer offered read and hear English (their choice is kept, and counts again if the language
 * comes back), and so do visitors to its signed-out pages. Audited with the languages before and after.
 */
export async function setPartnershipLanguages(
  context: ModuleContext,
  signedIn: Actor,
  input: PartnershipLanguages,
): Promise<PartnershipLanguages> {
  const actor = requirePartnershipAdmin(signedIn);
  const saved = await context.db.transaction(async (tx) => {
    const before = await repo.findPartnership(tx, actor.partnershipId);
    await repo.updatePartnershipLanguages(tx, actor.partnershipId, input.languages);
    await recordAudit(tx, {
      actorId: actor.personId,
      partnershipId: actor.partnershipId,
      action: 'partnership.languages_changed',
      subjectType: 'partnership',
      subjectId: actor.partnershipId,
      details: { before: before?.languages ?? [], after: input.languages },
    });
    return { languages: input.languages };
  });
  // Signed-out pages offer the new choice from the next visit on.
  forgetVisitorLanguages(context.db);
  return saved;
}
