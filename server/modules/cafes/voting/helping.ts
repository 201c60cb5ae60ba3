import type { HelpRequest } from '../../../../contracts/cafes.js';
import { notFound } from '../../../kernel/errors.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { buildBoard, isStanding } from '../board/index.js';
import { announce } from '../cafe-events.js';
import { requireParticipant } from '../cafe-loader.js';
import type { CafeReader } from '../cafe-reader.js';
import * as repo from '../cafes.repository.js';
import { onceByKey } from '../request-keys.js';

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
  const done = await onceByKey(
    context,
    { cafeId, ownerId: participant.id, key: reader.requestKey },
    async (tx) => {
      const idea = await repo.findIdea(tx, cafeId, input.ideaId);
      if (!idea || !isStanding(idea)) throw notFound('This idea');
      await repo.setHelp(
        tx,
        { cafeId, participantId: participant.id, ideaId: idea.id },
        input.helping,
        contact,
      );
      return { value: await repo.bumpVersion(tx, cafeId) };
    },
  );
  if (!done.replayed) await announce(context, cafeId, done.value);
  return buildBoard(context, cafeId, { facilitator: false, participant });
}
