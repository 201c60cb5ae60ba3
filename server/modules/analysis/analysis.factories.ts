// One-call creators for analysis tests: a project with its stories and codebook, codings, key messages.
// Each goes through the API as the person given, as the browser would.
import type { LightMyRequestResponse } from 'fastify';
import type { Audience, Codebook, CodingView, Project } from '../../../contracts/analysis.js';
import type { SignedIn } from '../../testing/factories.js';
import type { TestApp } from '../../testing/test-app.js';

export type ProjectWithCodebook = {
  project: Project;
  codebook: Codebook;
  /** The id of the code with this name (throws when there is none). */
  code(name: string): string;
};

/** A new organisation in `admin`'s partnership, as a partner to share stories with. */
export async function createOrganisation(t: TestApp, admin: SignedIn, name: string): Promise<string> {
  const response = await t.as(admin, { method: 'POST', url: '/api/organisations', payload: { name } });
  if (response.statusCode !== 201) throw new Error(`organisation failed: ${response.body}`);
  return response.json<{ id: string }>().id;
}

/**
 * An analysis project made by `who` (an analyst of the organisation) from the CHIME codebook, with every
 * story the organisation may analyse added, or only `storyIds` when given.
 */
export async function createProject(
  t: TestApp,
  who: SignedIn,
  input: { organisationId: string; title: string; question?: string; blind?: boolean; storyIds?: string[] },
): Promise<ProjectWithCodebook> {
  const { storyIds, ...fields } = input;
  const created = await t.as(who, { method: 'POST', url: '/api/analysis/projects', payload: fields });
  if (created.statusCode !== 201) throw new Error(`project failed: ${created.body}`);
  const added = await t.as(who, {
    method: 'POST',
    url: `/api/analysis/projects/${created.json<Project>().id}/stories`,
    payload: storyIds ? { storyIds } : { all: true },
  });
  if (added.statusCode !== 200) throw new Error(`adding stories failed: ${added.body}`);
  const project = added.json<Project>();
  const codebook = (
    await t.as(who, { method: 'GET', url: `/api/analysis/codebooks/${project.codebookId}` })
  ).json<Codebook>();
  const code = (name: string) => {
    const found = codebook.codes.find((c) => c.name === name);
    if (!found) throw new Error(`no code ${name}`);
    return found.id;
  };
  return { project, codebook, code };
}

/** One story of a project as `who` sees it for coding. */
export async function getCodingView(
  t: TestApp,
  who: SignedIn,
  projectId: string,
  storyId: string,
): Promise<CodingView> {
  const response = await t.as(who, {
    method: 'GET',
    url: `/api/analysis/projects/${projectId}/stories/${storyId}`,
  });
  if (response.statusCode !== 200) throw new Error(`coding view failed: ${response.body}`);
  return response.json<CodingView>();
}

/**
 * `who` applies a code to the first place `phrase` stands in a story. The response is returned as it
 * came (tests check refusals), with the new application's id when it was made.
 */
export async function codePhrase(
  t: TestApp,
  who: SignedIn,
  projectId: string,
  coding: { storyId: string; codeId: string; phrase: string; source?: 'person' | 'consensus' },
): Promise<{ response: LightMyRequestResponse; applicationId: string }> {
  const { text } = await getCodingView(t, who, projectId, coding.storyId);
  const start = text.indexOf(coding.phrase);
  if (start < 0) throw new Error(`“${coding.phrase}” is not in the story`);
  const end = start + coding.phrase.length;
  const response = await t.as(who, {
    method: 'POST',
    url: `/api/analysis/projects/${projectId}/applications`,
    payload: {
      storyId: coding.storyId,
      codeId: coding.codeId,
      start,
      end,
      source: coding.source ?? 'person',
    },
  });
  const made =
    response.statusCode === 201
      ? response
          .json<CodingView>()
          .applications.find((a) => a.codeId === coding.codeId && a.start === start && a.end === end)
      : undefined;
  return { response, applicationId: made?.id ?? '' };
}

/** `who` writes a key message for an audience, quoting codings; the response as it came. */
export function addKeyMessage(
  t: TestApp,
  who: SignedIn,
  projectId: string,
  message: { audience: Audience; text: string; themeId?: string | undefined; quoteApplicationIds: string[] },
) {
  return t.as(who, { method: 'POST', url: `/api/analysis/projects/${projectId}/messages`, payload: message });
}
