import type { z } from 'zod';
import type {
  Codebook,
  CreateCodeRequestSchema,
  CreateCodebookRequestSchema,
  UpdateCodeRequestSchema,
} from '../../../contracts/analysis.js';
import type { Actor } from '../../kernel/access.js';
import { recordAudit } from '../../kernel/audit.js';
import { AppError, notFound } from '../../kernel/errors.js';
import { message } from '../../kernel/i18n.js';
import type { ModuleContext } from '../../kernel/module.js';
import { analystOrganisations } from '../stories/index.js';
import * as repo from './analysis.repository.js';
import { CHIME_CODEBOOK } from './chime-codebook.js';
import { loadCodebook, requireAnalyst } from './loaders.js';
import { toCodebook } from './presenters.js';

/** A code and all its sub-codes, at any depth. */
export function descendantsOf(codes: repo.CodeRow[], roots: string[]): Set<string> {
  const found = new Set(roots);
  for (let grew = true; grew;) {
    grew = false;
    for (const c of codes) {
      if (c.parentId && found.has(c.parentId) && !found.has(c.id)) {
        found.add(c.id);
        grew = true;
      }
    }
  }
  return found;
}

export async function createCodebook(
  context: ModuleContext,
  actor: Actor,
  input: z.infer<typeof CreateCodebookRequestSchema>,
): Promise<Codebook> {
  requireAnalyst(actor, input.organisationId);
  const id = await context.db.transaction(async (tx) => {
    const book = await repo.insertCodebook(tx, {
      organisationId: input.organisationId,
      name: input.name,
      description: input.description,
      createdBy: actor.personId,
    });
    if (input.startFrom === 'chime') {
      let position = 0;
      for (const seed of CHIME_CODEBOOK) {
        const parent = await repo.insertCode(tx, {
          codebookId: book.id,
          name: seed.name,
          definition: seed.definition,
          colour: seed.colour,
          suggestionKey: seed.suggestionKey ?? null,
          position: position++,
        });
        for (const child of seed.children) {
          await repo.insertCode(tx, {
            codebookId: book.id,
            parentId: parent.id,
            name: child,
            colour: seed.colour,
            position: position++,
          });
        }
      }
    }
    return book.id;
  });
  return getCodebook(context, actor, id);
}

export async function getCodebook(context: ModuleContext, actor: Actor, codebookId: string) {
  const { book } = await loadCodebook(context, actor, codebookId);
  return toCodebook(book, await repo.findCodes(context.db, book.id));
}

export async function listCodebooks(context: ModuleContext, actor: Actor) {
  const rows = await repo.findCodebooksOfOrganisations(context.db, analystOrganisations(actor));
  return {
    codebooks: rows.map((b) => ({
      id: b.id,
      organisationId: b.organisationId,
      name: b.name,
      description: b.description,
    })),
  };
}

export async function addCode(
  context: ModuleContext,
  actor: Actor,
  codebookId: string,
  input: z.infer<typeof CreateCodeRequestSchema>,
) {
  const { book } = await loadCodebook(context, actor, codebookId);
  const existing = await repo.findCodes(context.db, book.id);
  if (input.parentId && !existing.some((c) => c.id === input.parentId))
    throw new AppError('validation_failed', message('analysis.problems.parentFromCodebook'), [
      { path: 'parentId', message: message('analysis.problems.codeFromCodebookField') },
    ]);
  await repo.insertCode(context.db, { ...input, codebookId: book.id, position: existing.length });
  return toCodebook(book, await repo.findCodes(context.db, book.id));
}

/** Edits, moves (never under itself or its own descendants) and retires a code; applications stay. */
export async function updateCode(
  context: ModuleContext,
  actor: Actor,
  codebookId: string,
  codeId: string,
  input: z.infer<typeof UpdateCodeRequestSchema>,
) {
  const { book } = await loadCodebook(context, actor, codebookId);
  const codes = await repo.findCodes(context.db, book.id);
  const code = codes.find((c) => c.id === codeId);
  if (!code) throw notFound('code');
  if (input.parentId) {
    const parentOf = new Map(codes.map((c) => [c.id, c.parentId]));
    let cursor: string | null | undefined = input.parentId;
    if (!parentOf.has(input.parentId)) throw notFound('parentCode');
    while (cursor) {
      if (cursor === codeId)
        throw new AppError('validation_failed', message('analysis.problems.codeInsideItself'), [
          { path: 'parentId', message: message('analysis.problems.codeOutsideField') },
        ]);
      cursor = parentOf.get(cursor);
    }
  }
  const { retired, ...fields } = input;
  await repo.updateCode(context.db, codeId, {
    ...fields,
    ...(retired === undefined ? {} : { retiredAt: retired ? new Date() : null }),
  });
  return toCodebook(book, await repo.findCodes(context.db, book.id));
}

/** Merges one code into another: every application moves across, and the old code is kept, retired. */
export async function mergeCode(
  context: ModuleContext,
  actor: Actor,
  codebookId: string,
  codeId: string,
  intoId: string,
) {
  const { book } = await loadCodebook(context, actor, codebookId);
  const [from, into] = await Promise.all([
    repo.findCode(context.db, book.id, codeId),
    repo.findCode(context.db, book.id, intoId),
  ]);
  if (!from || !into || from.id === into.id) throw notFound('pairOfCodes');
  await context.db.transaction(async (tx) => {
    const moved = await repo.moveApplications(tx, from.id, into.id);
    await repo.updateCode(tx, from.id, { mergedInto: into.id, retiredAt: new Date() });
    await recordAudit(tx, {
      actorId: actor.personId,
      partnershipId: actor.partnershipId,
      action: 'analysis.code_merged',
      subjectType: 'analysis_code',
      subjectId: from.id,
      details: { into: into.id, moved },
    });
  });
  return toCodebook(book, await repo.findCodes(context.db, book.id));
}
