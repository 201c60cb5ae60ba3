import type { LanguagePreferenceRequest, MeResponse } from '../../../contracts/people.js';
import type { Actor } from '../../kernel/access.js';
import type { ModuleContext } from '../../kernel/module.js';
import { getMe } from './me.js';
import * as repo from './people.repository.js';

/**
 * Stores the language a member chose to read Cairn in, so it follows them to every device and the
 * server writes to them in it. Null forgets the choice: their browser's preference decides again.
 */
export async function chooseLanguage(
  context: ModuleContext,
  actor: Actor,
  input: LanguagePreferenceRequest,
): Promise<MeResponse> {
  await repo.updatePerson(context.db, actor.personId, { language: input.language });
  return getMe(context, { ...actor, language: input.language });
}
