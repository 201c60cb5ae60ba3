import type { LanguagePreferenceRequest, MeResponse } from '../../../contracts/people.js';
import type { Actor } from '../../kernel/access.js';
import { invalidField } from '../../kernel/errors.js';
import { message } from '../../kernel/i18n.js';
import type { ModuleContext } from '../../kernel/module.js';
import { getMe } from './me.js';
import * as repo from './people.repository.js';

/**
 * Stores the language a member chose to read Cairn in, so it follows them to every device and the
 * server writes to them in it. Null forgets the choice: their browser's preference decides again.
 * Only a language their partnership offers may be chosen.
 */
export async function chooseLanguage(
  context: ModuleContext,
  actor: Actor,
  input: LanguagePreferenceRequest,
): Promise<MeResponse> {
  if (input.language !== null && !actor.languages.includes(input.language)) {
    throw invalidField('language', message('people.language.notOffered'));
  }
  await repo.updatePerson(context.db, actor.personId, { language: input.language });
  return getMe(context, { ...actor, language: input.language });
}
