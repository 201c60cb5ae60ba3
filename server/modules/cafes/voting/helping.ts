import type { HelpRequest } from '../../../../contracts/cafes.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { buildBoard } from '../board/index.js';
import { requireParticipant } from '../cafe-loader.js';
import type { CafeReader } from '../cafe-reader.js';
import * as repo from '../cafes.repository.js';
import { recordVote } from './record-vote.js';
import { requireStandingIdea } from './voting-open.js';

/**
 * Ticks (or unticks) "I'd help with this" on an idea still standing. A contact left with the tick is
 * encrypted and kept with the moment they consented to the organisers using it; unticking takes the
 * contact away with the tick.
 */
export async function setHelping(
  context: ModuleContext,
  reader: CafeReader,
  cafeId: string,
  input: Pick<HelpRequest, 'ideaId' | 'helping' | 'contact'>,
) {
  const participant = await requireParticipant(context, reader, cafeId);
  // The contract refuses a contact without consent, so one given here was agreed to.
  const contact =
    input.contact === undefined
      ? undefined
      : input.contact
        ? { contactEncrypted: context.cipher.encrypt(input.contact), contactConsentedAt: new Date() }
        : { contactEncrypted: null, contactConsentedAt: null };
  await recordVote(context, reader, cafeId, participant.id, null, async (tx) => {
    const idea = await requireStandingIdea(tx, cafeId, input.ideaId);
    await repo.setHelp(
      tx,
      { cafeId, participantId: participant.id, ideaId: idea.id },
      input.helping,
      contact,
    );
  });
  return buildBoard(context, cafeId, { facilitator: false, participant });
}
