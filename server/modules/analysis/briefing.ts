import type { BriefingOptions, BriefingQuery, KeyMessage } from '../../../contracts/analysis.js';
import type { Actor } from '../../kernel/access.js';
import { renderDocx, renderPdf, type DocumentBlock } from '../../kernel/documents.js';
import { fileSlug } from '../../kernel/downloads.js';
import { AppError, notFound } from '../../kernel/errors.js';
import { message } from '../../kernel/i18n.js';
import type { ModuleContext } from '../../kernel/module.js';
import { findOrganisationById } from '../people/index.js';
import {
  describeQuoteConsent,
  mayQuoteInBriefing,
  purposeInSentence,
  samePurpose,
  type BriefingRecipient,
} from './analysis.policy.js';
import { getAgreement } from './agreement-report.js';
import * as log from './briefing-consent.repository.js';
import { loadProject } from './loaders.js';
import { AUDIENCE_NAMES, partnerNameOf } from './presenters.js';
import { auditProject } from './project-audit.js';
import { getSynthesis } from './synthesis.js';
import { findConsentBases, type ConsentBasis } from '../stories/index.js';

type Project = Awaited<ReturnType<typeof loadProject>>['project'];

/**
 * Who the briefing is for, checked: a named partner must be an organisation of the project's own
 * partnership (anything else is answered as not found), and a briefing for the general public is never
 * made for one partner, because partner consent does not reach the public.
 */
async function resolveRecipient(context: ModuleContext, project: Project, query: BriefingQuery) {
  const recipient: BriefingRecipient = {
    audience: query.audience,
    partnerOrganisationId: query.partnerOrganisationId ?? null,
    purpose: query.purpose,
  };
  if (!query.partnerOrganisationId) return { recipient: { ...recipient, purpose: '' }, partnerName: null };
  if (query.audience === 'public')
    throw new AppError('validation_failed', message('analysis.problems.publicBriefingPartner'), [
      {
        path: 'partnerOrganisationId',
        message: message('analysis.problems.publicBriefingPartnerField'),
      },
    ]);
  const [partner, own] = await Promise.all([
    findOrganisationById(context.db, query.partnerOrganisationId),
    findOrganisationById(context.db, project.organisationId),
  ]);
  if (!partner || !own || partner.partnershipId !== own.partnershipId) throw notFound('partnerOrganisation');
  return { recipient, partnerName: partner.name };
}

type ChosenQuote = KeyMessage['quotes'][number] & { keyMessageId: string; basis: ConsentBasis };

/** The quotes of each message that may go in this briefing, each with the consent it rests on now. */
async function quotesFor(
  context: ModuleContext,
  messages: KeyMessage[],
  analysable: Set<string>,
  recipient: BriefingRecipient,
) {
  const bases = await findConsentBases(
    context.db,
    messages.flatMap((m) => m.quotes.map((q) => q.storyId)),
  );
  const seen = new Set<string>();
  return new Map(
    messages.map((message) => [
      message.id,
      message.quotes.flatMap((quote): ChosenQuote[] => {
        const basis = bases.get(quote.storyId);
        const key = `${message.id}|${quote.applicationId}`;
        if (seen.has(key) || !basis || !analysable.has(quote.storyId)) return [];
        if (!mayQuoteInBriefing(basis.consent, recipient)) return [];
        seen.add(key);
        return [{ ...quote, keyMessageId: message.id, basis }];
      }),
    ]),
  );
}

/** The closing note: for whom the briefing was made, and what its quotes may be used for. */
function consentNote(recipient: BriefingRecipient, partnerName: string | null): string {
  if (!partnerName)
    return 'Quotes appear only where storytellers chose to share their words publicly. Stories shared only with named partner organisations are quoted in briefings made for those partners, never in general ones.';
  const purpose = recipient.purpose.trim() ? purposeInSentence(recipient.purpose) : '';
  return `This briefing was made for ${partnerName}${purpose ? `, for ${purpose}` : ''}. Quotes marked “Shared with ${partnerName}” come from stories their storytellers shared only with named partner organisations${purpose ? ', for this purpose' : ''}: please use them only ${purpose ? 'for it' : 'within your organisation'} and do not pass them on.`;
}

/**
 * A briefing for one audience (and, optionally, one partner organisation and purpose): its key messages
 * with the number of stories behind each, the quotes consent allows (checked now, as consent may have
 * changed) each with the consent it rests on in plain words, theme counts and a method note. Each
 * download is logged with the consent behind every quote, so a later withdrawal can find the copies.
 */
export async function renderBriefing(
  context: ModuleContext,
  actor: Actor,
  projectId: string,
  query: BriefingQuery,
  format: 'docx' | 'pdf',
) {
  const { project, stories } = await loadProject(context, actor, projectId);
  const { recipient, partnerName } = await resolveRecipient(context, project, query);
  const synthesis = await getSynthesis(context, actor, projectId);
  const messages = synthesis.messages.filter((m) => m.audience === recipient.audience);
  const chosen = await quotesFor(context, messages, new Set(stories.map((s) => s.storyId)), recipient);
  const blocks: DocumentBlock[] = [];
  if (project.question) blocks.push({ kind: 'paragraph', text: `Our question: ${project.question}` });
  blocks.push({ kind: 'heading', level: 1, text: 'Key messages' });
  if (messages.length === 0)
    blocks.push({ kind: 'paragraph', text: 'No key messages for this audience yet.' });
  messages.forEach((message, index) => {
    blocks.push(
      { kind: 'heading', level: 2, text: `${index + 1}. ${message.text}` },
      {
        kind: 'paragraph',
        text: `Heard in ${message.stories} of the ${synthesis.storiesCoded} ${synthesis.storiesCoded === 1 ? 'story' : 'stories'} we coded.`,
      },
    );
    const quotes = chosen.get(message.id) ?? [];
    if (quotes.length > 0)
      blocks.push({
        kind: 'list',
        items: quotes.map(
          (q) => `“${q.text.trim()}” (${describeQuoteConsent(q.basis.consent, partnerName)})`,
        ),
      });
  });
  if (synthesis.themes.length > 0) {
    blocks.push(
      { kind: 'heading', level: 1, text: 'Themes' },
      {
        kind: 'table',
        caption: 'Stories in which each theme was found',
        header: ['Theme', 'Stories', 'Out of'],
        rows: synthesis.themes.map((t) => [t.name, String(t.stories), String(synthesis.storiesCoded)]),
      },
    );
  }
  const method = [
    `${synthesis.storiesCoded} de-identified ${synthesis.storiesCoded === 1 ? 'story' : 'stories'}${synthesis.storiesCoded < synthesis.storiesInProject ? ` of the ${synthesis.storiesInProject} in the project` : ''}, shared with the storytellers’ consent for analysis, ${synthesis.storiesCoded === 1 ? 'was' : 'were'} coded by peer researchers with lived experience using the CHIME recovery framework (connectedness, hope, identity, meaning, empowerment) and “difficulties and barriers”.`,
  ];
  if (!project.blind || project.comparisonOpen) {
    const agreement = await getAgreement(context, actor, projectId, {
      unit: 'sentence',
      includeSuggestions: false,
    });
    const alpha = agreement.overall.alpha;
    if (agreement.coders.length > 1 && alpha !== null)
      method.push(
        `${agreement.coders.length} coders worked ${project.blind ? 'independently, without seeing each other’s coding, then compared and agreed a consensus' : 'together'}. Agreement by sentence, over the ${agreement.overall.codesUsed} codes used: Krippendorff’s alpha ${alpha.toFixed(2)}.`,
      );
  }
  blocks.push(
    { kind: 'heading', level: 1, text: 'How we did this' },
    { kind: 'paragraph', text: method.join(' ') },
    { kind: 'heading', level: 1, text: 'Consent behind the quotes' },
    { kind: 'paragraph', text: consentNote(recipient, partnerName) },
  );
  const audienceName = AUDIENCE_NAMES[recipient.audience];
  const report = {
    title: project.title,
    subtitle: partnerName ? `Briefing for ${audienceName} at ${partnerName}` : `Briefing for ${audienceName}`,
    blocks,
  };
  const data = format === 'docx' ? await renderDocx(report) : await renderPdf(report);
  const quoteRows = [...chosen.values()].flat().map((q) => ({
    keyMessageId: q.keyMessageId,
    applicationId: q.applicationId,
    storyId: q.storyId,
    consentTier: q.basis.consent.tier,
    consentPartnerOrganisationIds: q.basis.consent.partnerOrganisationIds,
    consentPurpose: q.basis.consent.purpose,
    consentEventId: q.basis.eventId,
    consentGivenAt: q.basis.eventAt,
  }));
  // The log and the audit event are written together: a briefing that is handed out is always listed.
  // Consent read a moment ago may change before this commits; the consent check then finds the copy.
  await context.db.transaction(async (tx) => {
    const download = await log.insertBriefingDownload(
      tx,
      {
        projectId,
        audience: recipient.audience,
        partnerOrganisationId: recipient.partnerOrganisationId,
        purpose: recipient.purpose,
        format,
        downloadedBy: actor.personId,
      },
      quoteRows,
    );
    await auditProject(tx, actor, projectId, 'analysis.briefing_exported', {
      audience: recipient.audience,
      format,
      partnerOrganisationId: recipient.partnerOrganisationId,
      downloadId: download.id,
      quotes: quoteRows.length,
    });
  });
  const partnerSlug = partnerName ? `-${fileSlug(partnerName, 'partner')}` : '';
  return {
    data,
    filename: `${fileSlug(project.title, 'analysis')}-${recipient.audience.replace('_', '-')}${partnerSlug}.${format}`,
  };
}

/**
 * The partner organisations (and purposes) a briefing could be made for: those named in the consent of
 * stories quoted in key messages for decision makers or practitioners, with how many quotes only such a
 * briefing may carry.
 */
export async function getBriefingOptions(
  context: ModuleContext,
  actor: Actor,
  projectId: string,
): Promise<BriefingOptions> {
  const { stories } = await loadProject(context, actor, projectId);
  const synthesis = await getSynthesis(context, actor, projectId);
  const analysable = new Set(stories.map((s) => s.storyId));
  const quotes = synthesis.messages
    .filter((m) => m.audience !== 'public')
    .flatMap((m) => m.quotes)
    .filter((q) => analysable.has(q.storyId));
  const bases = await findConsentBases(
    context.db,
    quotes.map((q) => q.storyId),
  );
  const options: { organisationId: string; purpose: string; quotes: number }[] = [];
  for (const quote of quotes) {
    const consent = bases.get(quote.storyId)?.consent;
    if (consent?.tier !== 'partners') continue;
    for (const organisationId of consent.partnerOrganisationIds) {
      const known = options.find(
        (o) => o.organisationId === organisationId && samePurpose(o.purpose, consent.purpose),
      );
      if (known) known.quotes += 1;
      else options.push({ organisationId, purpose: consent.purpose.trim(), quotes: 1 });
    }
  }
  const partnerNames = new Map<string, string>();
  const named = await Promise.all(
    options.map(async (o) => ({ ...o, name: await partnerNameOf(context, o.organisationId, partnerNames) })),
  );
  return {
    partners: named.sort((a, b) => a.name.localeCompare(b.name) || a.purpose.localeCompare(b.purpose)),
  };
}
