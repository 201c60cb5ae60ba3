import type { AGREEMENT_UNITS, MemoTarget } from '../../../contracts/analysis.js';
import {
  assignmentEndpoints,
  briefingEndpoints,
  codebookEndpoints,
  codingEndpoints,
  projectEndpoints,
  synthesisEndpoints,
} from '../../../contracts/analysis.endpoints.js';
import { callEndpoint } from '../../lib/api.js';

export const projectsKey = ['analysis', 'projects'] as const;
export const projectKey = (projectId: string) => ['analysis', 'projects', projectId] as const;
export const codebookKey = (codebookId: string) => ['analysis', 'codebooks', codebookId] as const;
export const codingKey = (projectId: string, storyId: string) =>
  ['analysis', 'projects', projectId, 'stories', storyId] as const;
export const synthesisKey = (projectId: string) => ['analysis', 'projects', projectId, 'synthesis'] as const;
export const briefingOptionsKey = (projectId: string) =>
  ['analysis', 'projects', projectId, 'briefing-options'] as const;
export const briefingDownloadsKey = (projectId: string) =>
  ['analysis', 'projects', projectId, 'briefing-downloads'] as const;
export const consentNoticesKey = (projectId: string) =>
  ['analysis', 'projects', projectId, 'consent-notices'] as const;

export const fetchProjects = () => callEndpoint(projectEndpoints.list, {});
export const fetchProject = (projectId: string) =>
  callEndpoint(projectEndpoints.get, { params: { projectId } });
export const fetchCodebook = (codebookId: string) =>
  callEndpoint(codebookEndpoints.get, { params: { codebookId } });
export const fetchCodingView = (projectId: string, storyId: string) =>
  callEndpoint(codingEndpoints.view, { params: { projectId, storyId } });
export const fetchAnalysableStories = (projectId: string) =>
  callEndpoint(projectEndpoints.analysableStories, { params: { projectId } });
export type AgreementUnit = (typeof AGREEMENT_UNITS)[number];
export const fetchAgreement = (projectId: string, unit: AgreementUnit, suggestions: boolean) =>
  callEndpoint(synthesisEndpoints.agreement, {
    params: { projectId },
    query: { unit, suggestions: suggestions ? 'true' : 'false' },
  });
export const fetchSynthesis = (projectId: string) =>
  callEndpoint(synthesisEndpoints.synthesis, { params: { projectId } });
/** Excerpts by code and words; an empty code or empty words is left out of the search. */
export const fetchExcerpts = (projectId: string, query: { codeId?: string; q?: string }) =>
  callEndpoint(synthesisEndpoints.excerpts, {
    params: { projectId },
    query: { codeId: query.codeId || undefined, q: query.q || undefined },
  });
export const fetchMemos = (projectId: string, query: { targetKind: MemoTarget; targetId: string }) =>
  callEndpoint(codingEndpoints.memos, { params: { projectId }, query });
export const fetchBriefingOptions = (projectId: string) =>
  callEndpoint(briefingEndpoints.options, { params: { projectId } });
export const fetchBriefingDownloads = (projectId: string) =>
  callEndpoint(briefingEndpoints.downloads, { params: { projectId } });
export const fetchConsentNotices = (projectId: string) =>
  callEndpoint(briefingEndpoints.consentNotices, { params: { projectId } });

// Briefings and exports are file downloads (plain routes, not declared endpoints): the browser follows
// a link to them.

/** The address of a briefing: for an audience, and optionally for one partner and purpose. */
export function briefingUrl(
  projectId: string,
  format: 'docx' | 'pdf',
  query: { audience: string; partnerOrganisationId?: string | undefined; purpose?: string | undefined },
) {
  const search = new URLSearchParams({ audience: query.audience });
  if (query.partnerOrganisationId) {
    search.set('partnerOrganisationId', query.partnerOrganisationId);
    if (query.purpose) search.set('purpose', query.purpose);
  }
  return `/api/analysis/projects/${projectId}/briefing.${format}?${search.toString()}`;
}

/** The address of one of the project's exports: REFI-QDA project or codebook, or excerpts as CSV. */
export const exportUrl = (projectId: string, file: 'project.qdpx' | 'codebook.qdc' | 'excerpts.csv') =>
  `/api/analysis/projects/${projectId}/${file}`;

export const assignmentsKey = (projectId: string) =>
  ['analysis', 'projects', projectId, 'assignments'] as const;
export const fetchAssignments = (projectId: string) =>
  callEndpoint(assignmentEndpoints.list, { params: { projectId } });
