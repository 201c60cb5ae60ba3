import type { BriefingDownloadList, ConsentNoticeList } from '../../../contracts/analysis.js';
import type { Actor } from '../../kernel/access.js';
import type { ModuleContext } from '../../kernel/module.js';
import { describeQuoteConsent } from './analysis.policy.js';
import * as repo from './analysis.repository.js';
import * as log from './briefing-consent.repository.js';
import { loadProject } from './loaders.js';
import { nameOf, partnerNameOf } from './presenters.js';

/** Names of people and partner organisations, each looked up once per answer. */
function nameBook(context: ModuleContext) {
  const people = new Map<string, string>();
  const partners = new Map<string, string>();
  return {
    person: (id: string) => nameOf(context, id, people),
    partner: async (id: string | null) => (id ? partnerNameOf(context, id, partners) : null),
  };
}

async function toSummary(download: log.BriefingDownloadRow, names: ReturnType<typeof nameBook>) {
  return {
    id: download.id,
    audience: download.audience,
    partnerOrganisationId: download.partnerOrganisationId,
    partnerName: await names.partner(download.partnerOrganisationId),
    purpose: download.purpose,
    format: download.format,
    downloadedByName: await names.person(download.downloadedBy),
    downloadedAt: download.downloadedAt.toISOString(),
  };
}

/**
 * Every briefing downloaded from the project, newest first, with the consent each quote rested on in
 * plain words. For the project's analysis team only (`loadProject` refuses everyone else).
 */
export async function listBriefingDownloads(
  context: ModuleContext,
  actor: Actor,
  projectId: string,
): Promise<BriefingDownloadList> {
  await loadProject(context, actor, projectId);
  const downloads = await log.findDownloadsOfProject(context.db, projectId);
  const quotes = await log.findQuotesOfDownloads(
    context.db,
    downloads.map((d) => d.id),
  );
  const names = nameBook(context);
  return {
    downloads: await Promise.all(
      downloads.map(async (download) => {
        const partnerName = await names.partner(download.partnerOrganisationId);
        return {
          ...(await toSummary(download, names)),
          quotes: quotes
            .filter((q) => q.downloadId === download.id)
            .map((q) => ({
              keyMessageId: q.keyMessageId,
              consent: describeQuoteConsent({ tier: q.consentTier, purpose: q.consentPurpose }, partnerName),
              consentGivenAt: q.consentGivenAt.toISOString(),
            })),
        };
      }),
    ),
  };
}

/**
 * The "consent lost" notices of a project, newest first: which key message lost which quote (by its
 * place and code, as its words are no longer ours to show) and the briefings already downloaded that
 * carried it, so the team can ask for those copies to be destroyed.
 */
export async function listConsentNotices(
  context: ModuleContext,
  actor: Actor,
  projectId: string,
): Promise<ConsentNoticeList> {
  const { project } = await loadProject(context, actor, projectId);
  const [notices, messages, applications, codes, downloads] = await Promise.all([
    log.findConsentNotices(context.db, projectId),
    repo.findKeyMessages(context.db, projectId),
    repo.findApplications(context.db, projectId),
    repo.findCodes(context.db, project.codebookId),
    log.findDownloadsOfProject(context.db, projectId),
  ]);
  const messageById = new Map(messages.map((m) => [m.id, m]));
  const codeOf = new Map(applications.map((a) => [a.id, a.codeId]));
  const codeNames = new Map(codes.map((c) => [c.id, c.name]));
  const downloadById = new Map(downloads.map((d) => [d.id, d]));
  const names = nameBook(context);
  return {
    notices: await Promise.all(
      notices.map(async (notice) => ({
        id: notice.id,
        cause: notice.cause,
        detectedAt: notice.detectedAt.toISOString(),
        lostQuotes: notice.lostQuotes.flatMap(({ keyMessageId, applicationId }) => {
          const message = messageById.get(keyMessageId);
          if (!message) return [];
          return [
            {
              keyMessageId,
              keyMessageText: message.text,
              audience: message.audience,
              quoteNumber: message.quoteApplicationIds.indexOf(applicationId) + 1,
              codeName: codeNames.get(codeOf.get(applicationId) ?? '') ?? 'a code since removed',
            },
          ];
        }),
        downloads: await Promise.all(
          notice.downloadIds.flatMap((id) => {
            const download = downloadById.get(id);
            return download ? [toSummary(download, names)] : [];
          }),
        ),
      })),
    ),
  };
}
