import { randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import type { Cafe, Harvest, Idea } from '../../../contracts/cafes.js';
import type { Actor } from '../../kernel/access.js';
import { recordAudit } from '../../kernel/audit.js';
import { fileSlug } from '../../kernel/downloads.js';
import type { DbOrTx } from '../../kernel/db.js';
import {
  readImageSize,
  renderDocx,
  renderPdf,
  type DocumentBlock,
  type ReportDocument,
} from '../../kernel/documents.js';
import { AppError, notFound } from '../../kernel/errors.js';
import { readUpload } from '../../kernel/http.js';
import type { ModuleContext } from '../../kernel/module.js';
import * as repo from './cafes.repository.js';
import { buildBoard, requireFacilitator } from './cafes.service.js';

const PHOTO_LIMIT_BYTES = 10 * 1024 * 1024;

/** The harvest: priorities with raw counts, ideas by round and table, attendance and photos. */
export async function buildHarvest(
  context: ModuleContext,
  actorOrNull: Actor | null,
  cafeId: string,
): Promise<Harvest> {
  const { cafe } = await requireFacilitator(context, actorOrNull, cafeId);
  const [board, byTable, sent, photos] = await Promise.all([
    buildBoard(context, cafeId, { facilitator: false, participant: undefined }),
    repo.countParticipantsByTable(context.db, cafeId),
    repo.findPriorities(context.db, cafeId),
    repo.findPhotos(context.db, cafeId),
  ]);
  const standing = board.ideas.filter((i) => !i.hidden && !i.mergedInto);
  const sentIds = new Set(sent.map((p) => p.ideaId));
  const counts = new Map(byTable.map((t) => [t.tableId, t.count]));
  return {
    cafe,
    attendance: {
      participants: byTable.reduce((sum, t) => sum + t.count, 0),
      byTable: cafe.tables.map((t) => ({ tableNumber: t.number, participants: counts.get(t.id) ?? 0 })),
    },
    rounds: cafe.rounds.map((round) => ({
      position: round.position,
      question: round.question,
      ideas: standing
        .filter((i) => i.round === round.position)
        .sort((a, b) => a.tableNumber - b.tableNumber)
        .map((i) => ({ tableNumber: i.tableNumber, text: i.text, dots: i.dots })),
    })),
    priorities: standing
      .map((i) => ({
        ideaId: i.id,
        text: i.text,
        dots: i.dots,
        voters: i.voters,
        helpers: i.helpers,
        rank: i.rank ?? standing.length,
        result: describeResult(cafe, i),
        sentOn: sentIds.has(i.id),
      }))
      .sort((a, b) => a.rank - b.rank),
    photos: photos.map((p) => ({
      id: p.id,
      tableNumber: cafe.tables.find((t) => t.id === p.tableId)?.number ?? null,
      caption: p.caption,
    })),
  };
}

const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** An idea's result in words, with the raw counts behind it, for whichever way people voted. */
function describeResult(cafe: Cafe, idea: Idea): string {
  if (cafe.votingMethod === 'pairwise' && idea.pairwise) {
    const { score, wins, losses, cantDecide } = idea.pairwise;
    return `Score ${Math.round(score * 10) / 10} from ${counted(wins, 'win', 'wins')} and ${counted(losses, 'loss', 'losses')}${cantDecide > 0 ? `; ${cantDecide} could not decide` : ''}`;
  }
  if (cafe.votingMethod === 'agreement' && idea.agreement) {
    const { agrees, disagrees, passes, consensus } = idea.agreement;
    return `${agrees} agree, ${disagrees} disagree, ${passes} pass; common ground ${Math.round(consensus * 100)}%`;
  }
  if (cafe.votingMethod === 'approval')
    return counted(idea.voters, 'person supports it', 'people support it');
  return `${counted(idea.dots, 'dot', 'dots')} from ${counted(idea.voters, 'person', 'people')}`;
}

const METHOD_SENTENCES: Record<Cafe['votingMethod'], (cafe: Cafe) => string> = {
  dots: (cafe) =>
    `Each had ${counted(cafe.dotsPerPerson, 'dot', 'dots')} to place on the ideas that mattered most to them.`,
  approval: () => 'Each ticked every idea they supported.',
  pairwise: () =>
    'People compared ideas two at a time. An idea’s score is 100 × (wins + 1) ÷ (wins + losses + 2).',
  agreement: () =>
    'People said whether they agreed or disagreed with each statement, or passed. Common ground is high when every group of similar views tends to agree.',
};

/** The harvest as a report document, for DOCX and PDF. */
async function harvestDocument(context: ModuleContext, harvest: Harvest): Promise<ReportDocument> {
  const { cafe } = harvest;
  const when = cafe.startsAt
    ? new Date(cafe.startsAt).toLocaleDateString('en-GB', { dateStyle: 'long' })
    : '';
  const blocks: DocumentBlock[] = [];
  if (cafe.purpose) blocks.push({ kind: 'paragraph', text: cafe.purpose });
  blocks.push(
    { kind: 'heading', level: 1, text: 'What we agreed matters most' },
    {
      kind: 'paragraph',
      text: `${counted(harvest.attendance.participants, 'person', 'people')} took part. ${METHOD_SENTENCES[cafe.votingMethod](cafe)} The counts below are the raw numbers.`,
    },
    {
      kind: 'table',
      caption: 'Priorities, highest first',
      header: ['Rank', 'Idea', 'Result', 'Would help'],
      rows: harvest.priorities.map((p) => [String(p.rank), p.text, p.result, String(p.helpers)]),
    },
  );
  for (const round of harvest.rounds) {
    blocks.push({ kind: 'heading', level: 2, text: `Round ${round.position}: ${round.question}` });
    if (round.ideas.length === 0)
      blocks.push({ kind: 'paragraph', text: 'No ideas were written down in this round.' });
    const tables = [...new Set(round.ideas.map((i) => i.tableNumber))];
    for (const table of tables) {
      blocks.push({ kind: 'heading', level: 3, text: `Table ${table}` });
      blocks.push({
        kind: 'list',
        items: round.ideas.filter((i) => i.tableNumber === table).map((i) => i.text),
      });
    }
  }
  blocks.push(
    { kind: 'heading', level: 1, text: 'Who was there' },
    {
      kind: 'table',
      caption: 'People at each table',
      header: ['Table', 'People'],
      rows: harvest.attendance.byTable.map((t) => [`Table ${t.tableNumber}`, String(t.participants)]),
    },
  );
  const photos = await repo.findPhotos(context.db, cafe.id);
  if (photos.length > 0) blocks.push({ kind: 'heading', level: 1, text: 'Tablecloths and flip charts' });
  for (const photo of photos) {
    const data = await readFile(join(context.config.dataDir, photo.path)).catch(() => undefined);
    if (!data) continue;
    blocks.push({
      kind: 'image',
      data,
      width: photo.width,
      height: photo.height,
      caption: photo.caption || 'A photo from the café',
    });
  }
  return {
    title: cafe.title,
    subtitle: ['Recovery Conversation Café harvest', when, cafe.venue].filter(Boolean).join(' · '),
    blocks,
  };
}

export async function renderHarvest(
  context: ModuleContext,
  actorOrNull: Actor | null,
  cafeId: string,
  format: 'docx' | 'pdf',
) {
  const harvest = await buildHarvest(context, actorOrNull, cafeId);
  const document = await harvestDocument(context, harvest);
  const data = format === 'docx' ? await renderDocx(document) : await renderPdf(document);
  return { data, filename: `${fileSlug(harvest.cafe.title, 'cafe')}-harvest.${format}` };
}

/** Sends a priority on to co-production, with its counts at the time. */
export async function sendPriority(
  context: ModuleContext,
  actorOrNull: Actor | null,
  cafeId: string,
  ideaId: string,
) {
  const { actor, row } = await requireFacilitator(context, actorOrNull, cafeId);
  const idea = (await repo.findIdeasWithCounts(context.db, cafeId)).find((i) => i.id === ideaId);
  if (!idea || idea.hidden || idea.mergedInto) throw notFound('This idea');
  await repo.insertPriority(context.db, {
    cafeId,
    ideaId,
    organisationId: row.organisationId,
    text: idea.text,
    dots: idea.dots,
    voters: idea.voters,
    helpers: idea.helpers,
    sentBy: actor.personId,
  });
  await recordAudit(context.db, {
    actorId: actor.personId,
    partnershipId: actor.partnershipId,
    action: 'cafe.priority_sent',
    subjectType: 'cafe',
    subjectId: cafeId,
    details: { ideaId },
  });
  return buildHarvest(context, actor, cafeId);
}

/** Stores a photo of a tablecloth (PNG or JPEG, checked by content) for the harvest. */
export async function uploadPhoto(
  context: ModuleContext,
  actorOrNull: Actor | null,
  cafeId: string,
  upload: { body: Readable; tableNumber?: number | undefined; caption: string },
) {
  const { actor, cafe } = await requireFacilitator(context, actorOrNull, cafeId);
  const data = await readUpload(
    upload.body,
    PHOTO_LIMIT_BYTES,
    'This photo is larger than 10 MB. Take a smaller one.',
  );
  const image = readImageSize(data);
  if (!image) throw new AppError('unsupported_media_type', 'Upload a photo as a JPEG or PNG.');
  const table = upload.tableNumber ? cafe.tables.find((t) => t.number === upload.tableNumber) : undefined;
  if (upload.tableNumber && !table)
    throw new AppError('validation_failed', `There is no table ${upload.tableNumber}.`);
  const directory = join(context.config.dataDir, 'uploads', 'cafes', cafeId);
  await mkdir(directory, { recursive: true, mode: 0o700 });
  const id = randomUUID();
  const file = `${id}.${image.mime === 'image/png' ? 'png' : 'jpg'}`;
  await writeFile(join(directory, file), data, { mode: 0o600 });
  const row = await repo.insertPhoto(context.db, {
    id,
    cafeId,
    tableId: table?.id ?? null,
    path: join('uploads', 'cafes', cafeId, file),
    mime: image.mime,
    width: image.width,
    height: image.height,
    caption: upload.caption,
    uploadedBy: actor.personId,
  });
  return { id: row.id, tableNumber: table?.number ?? null, caption: row.caption };
}

export async function readPhoto(
  context: ModuleContext,
  actorOrNull: Actor | null,
  cafeId: string,
  photoId: string,
) {
  await requireFacilitator(context, actorOrNull, cafeId);
  const photo = await repo.findPhoto(context.db, cafeId, photoId);
  if (!photo) throw notFound('This photo');
  return { data: await readFile(join(context.config.dataDir, photo.path)), mime: photo.mime };
}

// --- for co-production (through index.ts) ----------------------------------------------------------

/** Priorities cafés in these organisations have sent on, with where they came from. */
export async function findSentPriorities(db: DbOrTx, organisationIds: string[]) {
  const rows = await repo.findPrioritiesOfOrganisations(db, organisationIds);
  return rows.map(({ priority, cafeTitle }) => ({
    id: priority.id,
    cafeId: priority.cafeId,
    /** The idea behind it, for `findPriorityContacts`. */
    ideaId: priority.ideaId,
    cafeTitle,
    organisationId: priority.organisationId,
    text: priority.text,
    dots: priority.dots,
    voters: priority.voters,
    helpers: priority.helpers,
    sentAt: priority.sentAt,
  }));
}

/**
 * Who shaped a priority (proposed it, voted for it or offered help) and can hear back: the contacts
 * (decrypted) they left, and the people who took part signed in.
 */
export async function findPriorityContacts(
  context: ModuleContext,
  db: DbOrTx,
  ideaId: string,
): Promise<{ contacts: string[]; personIds: string[] }> {
  const rows = await repo.findContributorContacts(db, ideaId);
  return {
    contacts: rows.flatMap((r) => (r.contactEncrypted ? [context.cipher.decrypt(r.contactEncrypted)] : [])),
    personIds: [...new Set(rows.flatMap((r) => (r.personId ? [r.personId] : [])))],
  };
}
