import type { Application, Audience, Codebook } from '../../../contracts/analysis.js';
import type { ModuleContext } from '../../kernel/module.js';
import { findOrganisationById, findPersonSummary } from '../people/index.js';
import type * as repo from './analysis.repository.js';

export const AUDIENCE_NAMES: Record<Audience, string> = {
  decision_makers: 'strategic decision makers',
  practitioners: 'mental health practitioners',
  public: 'the general public',
};

/** A story's title as the team reads it. */
export function storyTitle(title: string): string {
  return title || 'Untitled story';
}

/** A person's name, looked up once per `cache`. */
export async function nameOf(context: ModuleContext, personId: string | null, cache: Map<string, string>) {
  if (!personId) return '';
  const known = cache.get(personId);
  if (known !== undefined) return known;
  const name = (await findPersonSummary(context.db, personId))?.displayName ?? 'A former team member';
  cache.set(personId, name);
  return name;
}

/** A partner organisation's name, looked up once per `cache`. */
export async function partnerNameOf(
  context: ModuleContext,
  organisationId: string,
  cache: Map<string, string>,
) {
  const known = cache.get(organisationId);
  if (known !== undefined) return known;
  const name = (await findOrganisationById(context.db, organisationId))?.name ?? 'A former partner';
  cache.set(organisationId, name);
  return name;
}

/** Who made an application, as people read it. */
export async function coderLabel(context: ModuleContext, a: repo.ApplicationRow, names: Map<string, string>) {
  if (a.source === 'suggestion') return 'Suggestions';
  if (a.source === 'consensus') return 'Agreed by the team';
  return nameOf(context, a.coderId, names);
}

/** Memos as the team reads them, with their authors' names. */
export function toMemos(context: ModuleContext, rows: repo.MemoRow[], names: Map<string, string>) {
  return Promise.all(
    rows.map(async (m) => ({
      id: m.id,
      targetKind: m.targetKind,
      targetId: m.targetId,
      body: m.body,
      authorName: await nameOf(context, m.authorId, names),
      createdAt: m.createdAt.toISOString(),
    })),
  );
}

export function toCodebook(row: repo.CodebookRow, codes: repo.CodeRow[]): Codebook {
  return {
    id: row.id,
    organisationId: row.organisationId,
    name: row.name,
    description: row.description,
    codes: codes.map((c) => ({
      id: c.id,
      parentId: c.parentId,
      name: c.name,
      definition: c.definition,
      inclusion: c.inclusion,
      exclusion: c.exclusion,
      examples: c.examples,
      colour: c.colour,
      retired: c.retiredAt !== null,
      mergedInto: c.mergedInto,
    })),
  };
}

/** Applications with their coders' names and the words they cover in `texts` (by story). */
export async function toApplications(
  context: ModuleContext,
  rows: repo.ApplicationRow[],
  texts: Map<string, string>,
): Promise<Application[]> {
  const names = new Map<string, string>();
  return Promise.all(
    rows.map(async (a) => ({
      id: a.id,
      storyId: a.storyId,
      codeId: a.codeId,
      source: a.source,
      coderId: a.coderId,
      coderName: await coderLabel(context, a, names),
      start: a.start,
      end: a.end,
      text: (texts.get(a.storyId) ?? '').slice(a.start, a.end),
      evidence: a.evidence,
      decision: a.decision,
      createdAt: a.createdAt.toISOString(),
    })),
  );
}
