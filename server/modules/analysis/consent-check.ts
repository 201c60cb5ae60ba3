import type { Audience } from '../../../contracts/analysis.js';
import type { LanguageCode } from '../../../contracts/languages.js';
import type { Role } from '../../../contracts/people.js';
import type { DbOrTx } from '../../kernel/db.js';
import { message, paragraphs } from '../../kernel/i18n.js';
import { queueMail } from '../../kernel/mail.js';
import type { ModuleContext } from '../../kernel/module.js';
import { findPeopleWithRole } from '../people/index.js';
import { mayQuoteFor, mayQuoteInBriefing } from './analysis.policy.js';
import * as repo from './analysis.repository.js';
import * as log from './briefing-consent.repository.js';
import { findConsentBases, type ConsentBasis } from '../stories/index.js';

/** The roles that make up an organisation's analysis team (as `analystOrganisations` in stories). */
const ANALYSIS_ROLES: readonly Role[] = ['peer_supporter', 'facilitator', 'coordinator'];

type StoryInProject = {
  projectId: string;
  storyId: string;
  messageQuotes: { keyMessageId: string; applicationId: string; audience: Audience }[];
  downloads: {
    downloadId: string;
    audience: Audience;
    partnerOrganisationId: string | null;
    purpose: string;
  }[];
};

/** Every story quoted in a project, in a key message or a downloaded briefing, with those quotes. */
async function quotedStories(db: DbOrTx): Promise<StoryInProject[]> {
  const [messageQuotes, downloaded] = await Promise.all([
    log.findKeyMessageQuotes(db),
    log.findDownloadedQuotes(db),
  ]);
  const byKey = new Map<string, StoryInProject>();
  const entry = (projectId: string, storyId: string) => {
    const key = `${projectId}|${storyId}`;
    const known = byKey.get(key);
    if (known) return known;
    const fresh: StoryInProject = { projectId, storyId, messageQuotes: [], downloads: [] };
    byKey.set(key, fresh);
    return fresh;
  };
  for (const q of messageQuotes) entry(q.projectId, q.storyId).messageQuotes.push(q);
  for (const d of downloaded) {
    const story = entry(d.projectId, d.storyId);
    if (!story.downloads.some((known) => known.downloadId === d.downloadId)) story.downloads.push(d);
  }
  return [...byKey.values()];
}

/** What the story's consent no longer allows: quotes in key messages, and briefings already out. */
function whatWasLost(story: StoryInProject, basis: ConsentBasis) {
  return {
    lostQuotes: story.messageQuotes
      .filter((q) => !mayQuoteFor(basis.consent.tier, q.audience))
      .map(({ keyMessageId, applicationId }) => ({ keyMessageId, applicationId })),
    downloadIds: story.downloads
      .filter((d) => !mayQuoteInBriefing(basis.consent, d))
      .map((d) => d.downloadId),
  };
}

function causeOf(basis: ConsentBasis) {
  if (basis.consent.withdrawn) return 'withdrawn' as const;
  if (basis.consent.expired) return 'expired' as const;
  return 'narrowed' as const;
}

/**
 * Who hears about it: the people who worked on the project and still analyse for its organisation;
 * if none of them do any more, the organisation's coordinators, so a notice never goes nowhere.
 */
async function teamToTell(db: DbOrTx, projectId: string, organisationId: string) {
  const workers = await log.findProjectWorkers(db, projectId);
  const team = new Map<
    string,
    { personId: string; email: string; displayName: string; language: LanguageCode; role: Role }
  >();
  for (const role of ANALYSIS_ROLES)
    for (const person of await findPeopleWithRole(db, organisationId, role))
      if (!team.has(person.personId)) team.set(person.personId, { ...person, role });
  const members = [...team.values()];
  const worked = members.filter((p) => workers.has(p.personId));
  return worked.length > 0 ? worked : members.filter((p) => p.role === 'coordinator');
}

type Cause = 'withdrawn' | 'expired' | 'narrowed';

/** The mail names the project and counts, never the story, its title or its words. */
function noticeMail(
  context: ModuleContext,
  project: repo.ProjectRow,
  notice: { cause: Cause; messages: number; downloads: number },
  name: string,
) {
  return paragraphs(
    message('mail.helloName', { name }),
    [
      message('analysis.consentNotice.cause', { project: project.title, cause: notice.cause }),
      notice.messages > 0 && message('analysis.consentNotice.messages', { count: notice.messages }),
    ].filter((part) => part !== false),
    notice.downloads > 0 && message('analysis.consentNotice.downloads', { count: notice.downloads }),
    message('analysis.consentNotice.see', { link: `${context.config.publicUrl}/analysis/${project.id}` }),
  );
}

/**
 * The consent check (a module job): finds quotes whose story's consent no longer allows what they were
 * used for (withdrawn, expired, or narrowed), records one notice per story, project and change of
 * consent, and mails the project's team in the same transaction. Safe to run on every instance at
 * once: the notice's unique index lets exactly one transaction record it, and the mail is queued only by
 * the one that did. Returns the number of notices recorded.
 */
export async function noticeLostConsent(context: ModuleContext, now = new Date()): Promise<number> {
  const stories = await quotedStories(context.db);
  const bases = await findConsentBases(
    context.db,
    stories.map((s) => s.storyId),
    now,
  );
  let recorded = 0;
  for (const story of stories) {
    const basis = bases.get(story.storyId);
    if (!basis) continue;
    const lost = whatWasLost(story, basis);
    if (lost.lostQuotes.length === 0 && lost.downloadIds.length === 0) continue;
    const done = await context.db.transaction(async (tx) => {
      // A download already listed after an earlier change of consent is not listed again.
      const listed = await log.findNoticedDownloadIds(tx, story.projectId, story.storyId);
      const downloadIds = lost.downloadIds.filter((id) => !listed.has(id));
      if (lost.lostQuotes.length === 0 && downloadIds.length === 0) return false;
      const cause = causeOf(basis);
      const notice = await log.insertConsentNoticeOnce(tx, {
        projectId: story.projectId,
        storyId: story.storyId,
        cause,
        consentEventId: basis.eventId,
        lostQuotes: lost.lostQuotes,
        downloadIds,
        detectedAt: now,
      });
      if (!notice) return false;
      const project = await repo.findProject(tx, story.projectId);
      if (!project) return true;
      const messages = new Set(lost.lostQuotes.map((q) => q.keyMessageId)).size;
      for (const person of await teamToTell(tx, project.id, project.organisationId))
        await queueMail(tx, {
          language: person.language,
          deliver: 'now',
          to: person.email,
          subject: message('analysis.consentNotice.subject', { project: project.title }),
          text: noticeMail(
            context,
            project,
            { cause, messages, downloads: downloadIds.length },
            person.displayName,
          ),
        });
      return true;
    });
    if (done) recorded += 1;
  }
  return recorded;
}
