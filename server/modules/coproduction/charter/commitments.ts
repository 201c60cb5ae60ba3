import type { z } from 'zod';
import type {
  CreateCharterCommitmentRequestSchema,
  UpdateCharterCommitmentRequestSchema,
} from '../../../../contracts/coproduction.js';
import type { Actor } from '../../../kernel/access.js';
import { notFound } from '../../../kernel/errors.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { mayCoordinate } from '../coproduction.policy.js';
import { defined } from '../input.js';
import { requireCharterCoordinator } from './charter-loader.js';
import { charterView } from './charter-presenter.js';
import * as repo from './charter.repository.js';

export async function createCharterCommitment(
  context: ModuleContext,
  actor: Actor,
  input: z.output<typeof CreateCharterCommitmentRequestSchema>,
) {
  if (!mayCoordinate(actor, input.organisationId)) throw notFound('organisation');
  const row = await repo.insertCharterCommitment(context.db, input);
  return charterView(context.db, actor, row);
}

export async function updateCharterCommitment(
  context: ModuleContext,
  actor: Actor,
  commitmentId: string,
  input: z.output<typeof UpdateCharterCommitmentRequestSchema>,
) {
  const row = await requireCharterCoordinator(context.db, actor, commitmentId);
  await repo.updateCharterCommitment(context.db, commitmentId, defined(input));
  return charterView(context.db, actor, {
    ...row,
    ...input,
    level: input.level ?? row.level,
    text: input.text ?? row.text,
  });
}
