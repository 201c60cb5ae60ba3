import {
  AgreementReportSchema,
  AnalysableStoriesSchema,
  BriefingDownloadListSchema,
  BriefingOptionsSchema,
  CodebookSchema,
  CodingViewSchema,
  ConsentNoticeListSchema,
  ExcerptListSchema,
  ProjectListSchema,
  ProjectSchema,
  SynthesisSchema,
} from '../../../contracts/analysis.js';
import { apiRequest } from '../../lib/api.js';

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

export const fetchProjects = () => apiRequest('/api/analysis/projects', ProjectListSchema);
export const fetchProject = (projectId: string) =>
  apiRequest(`/api/analysis/projects/${projectId}`, ProjectSchema);
export const fetchCodebook = (codebookId: string) =>
  apiRequest(`/api/analysis/codebooks/${codebookId}`, CodebookSchema);
export const fetchCodingView = (projectId: string, storyId: string) =>
  apiRequest(`/api/analysis/projects/${projectId}/stories/${storyId}`, CodingViewSchema);
export const fetchAnalysableStories = (projectId: string) =>
  apiRequest(`/api/analysis/projects/${projectId}/analysable-stories`, AnalysableStoriesSchema);
export const fetchAgreement = (projectId: string, unit: string, suggestions: boolean) =>
  apiRequest(
    `/api/analysis/projects/${projectId}/agreement?unit=${unit}&suggestions=${String(suggestions)}`,
    AgreementReportSchema,
  );
export const fetchSynthesis = (projectId: string) =>
  apiRequest(`/api/analysis/projects/${projectId}/synthesis`, SynthesisSchema);
export const fetchExcerpts = (projectId: string, query: { codeId?: string; q?: string }) => {
  const search = new URLSearchParams();
  if (query.codeId) search.set('codeId', query.codeId);
  if (query.q) search.set('q', query.q);
  return apiRequest(`/api/analysis/projects/${projectId}/excerpts?${search.toString()}`, ExcerptListSchema);
};
export const fetchBriefingOptions = (projectId: string) =>
  apiRequest(`/api/analysis/projects/${projectId}/briefing-options`, BriefingOptionsSchema);
export const fetchBriefingDownloads = (projectId: string) =>
  apiRequest(`/api/analysis/projects/${projectId}/briefing-downloads`, BriefingDownloadListSchema);
export const fetchConsentNotices = (projectId: string) =>
  apiRequest(`/api/analysis/projects/${projectId}/consent-notices`, ConsentNoticeListSchema);

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
