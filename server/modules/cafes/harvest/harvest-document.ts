import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Cafe, Harvest } from '../../../../contracts/cafes.js';
import type { Actor } from '../../../kernel/access.js';
import { fileSlug } from '../../../kernel/downloads.js';
import { renderDocx, renderPdf, type DocumentBlock, type ReportDocument } from '../../../kernel/documents.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { buildHarvest, counted } from './harvest.js';
import * as harvestRepo from './harvest.repository.js';

const METHOD_SENTENCES: Record<Cafe['votingMethod'], (cafe: Cafe) => string> = {
  dots: (cafe) =>
    `Each had ${counted(cafe.dotsPerPerson, 'dot', 'dots')} to place on the ideas that mattered most to them.`,
  approval: () => 'Each ticked every idea they supported.',
  pairwise: () =>
    'People compared ideas two at a time. An idea’s score is 100 × (wins + 1) ÷ (wins + losses + 2).',
  agreement: () =>
    'People said whether they agreed or disagreed with each statement, or passed. Common ground is a cautious estimate of how far every group of similar views agrees, so it stays below 100% until many people have voted.',
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
  // Below the table rather than in it, so a long list of wordings does not squeeze the columns.
  const merged = harvest.priorities.filter((p) => p.sources);
  if (merged.length > 0)
    blocks.push(
      { kind: 'paragraph', text: 'Where the same idea came up more than once, it was merged into one:' },
      { kind: 'list', items: merged.map((p) => `${p.text}: ${p.sources}.`) },
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
  const photos = await harvestRepo.findPhotos(context.db, cafe.id);
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

/** The harvest as a Word document or a PDF, for the facilitator to share. */
export async function renderHarvest(
  context: ModuleContext,
  actor: Actor,
  cafeId: string,
  format: 'docx' | 'pdf',
) {
  const harvest = await buildHarvest(context, actor, cafeId);
  const document = await harvestDocument(context, harvest);
  const data = format === 'docx' ? await renderDocx(document) : await renderPdf(document);
  return { data, filename: `${fileSlug(harvest.cafe.title, 'cafe')}-harvest.${format}` };
}
