import QRCode from 'qrcode';
import type { CafeRole } from '../../../../contracts/cafes.js';
import type { Actor } from '../../../kernel/access.js';
import { renderPdf, type DocumentBlock } from '../../../kernel/documents.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { requireFacilitator } from '../cafe-loader.js';
import { tableHostLinks } from '../table-hosts/index.js';

/** The café etiquette card, read out at the start and printed on every table card. */
export const ETIQUETTE = [
  'You are here as yourself, not as your role.',
  'Everyone’s experience counts. Listen to understand.',
  'One voice at a time; leave space for quieter people.',
  'What is said at the table stays at the table. Ideas are shared, not names.',
  'You can pass, take a break or leave at any time.',
  'Be kind to yourself and to each other.',
];

const QR_SIZE = 220;

/**
 * Printable table cards: one page per table with the join code, a QR code for the join link, the
 * questions and the etiquette card; then the run of show for the hosts, and one slip per table with
 * its table-host link (kept apart from the table's card, which everyone at the table sees).
 */
export async function renderTableCards(context: ModuleContext, actor: Actor, cafeId: string) {
  const { cafe } = await requireFacilitator(context, actor, cafeId);
  const joinUrl = `${context.config.publicUrl}/join/${cafe.joinCode}`;
  // Each table's QR code names its table, so people scanning it are seated where they are.
  const qrFor = (tableNumber: number) =>
    QRCode.toBuffer(`${joinUrl}?table=${tableNumber}`, {
      type: 'png',
      width: QR_SIZE,
      margin: 1,
      errorCorrectionLevel: 'M',
    });
  const spacedCode = `${cafe.joinCode.slice(0, 3)} ${cafe.joinCode.slice(3)}`;
  const blocks: DocumentBlock[] = [];
  const rolesText = (role: CafeRole['role']) =>
    cafe.roles
      .filter((r) => r.role === role)
      .map((r) => (r.tableNumber ? `${r.name} (table ${r.tableNumber})` : r.name))
      .join(', ');
  for (const table of cafe.tables) {
    const hosts = cafe.roles.filter((r) => r.role === 'table_host' && r.tableNumber === table.number);
    blocks.push(
      { kind: 'heading', level: 1, text: `Table ${table.number}` },
      ...(hosts.length > 0
        ? [{ kind: 'paragraph' as const, text: `Your table host: ${hosts.map((h) => h.name).join(' and ')}` }]
        : []),
      {
        kind: 'paragraph',
        text: `To join on your phone, go to ${context.config.publicUrl}/join and enter the code:`,
      },
      { kind: 'heading', level: 1, text: spacedCode },
      {
        kind: 'image',
        data: await qrFor(table.number),
        width: QR_SIZE,
        height: QR_SIZE,
        caption: `Or scan this code to join at table ${table.number}`,
      },
      ...(table.videoUrl
        ? [{ kind: 'paragraph' as const, text: `Video room for this table: ${table.videoUrl}` }]
        : []),
      { kind: 'heading', level: 2, text: 'Questions that matter' },
      { kind: 'list', items: cafe.rounds.map((r) => `Round ${r.position}: ${r.question}`) },
      { kind: 'heading', level: 2, text: 'How we talk together' },
      { kind: 'list', items: ETIQUETTE },
      { kind: 'page-break' },
    );
  }
  const when = cafe.startsAt ? new Date(cafe.startsAt) : undefined;
  let clock = when ? when.getTime() : undefined;
  const at = () =>
    clock === undefined
      ? ''
      : `${new Date(clock).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' })} `;
  const runOfShow: string[] = [];
  const step = (minutes: number, text: string) => {
    runOfShow.push(`${at()}${text} (${minutes} min)`);
    if (clock !== undefined) clock += minutes * 60_000;
  };
  step(10, 'Welcome, the etiquette card, and how to join with the code');
  step(10, 'Seed stories from people with lived experience');
  for (const round of cafe.rounds)
    step(round.minutes, `Round ${round.position} at the tables: ${round.question}`);
  step(15, 'Harvest: ideas shared with the whole room');
  step(
    10,
    `Prioritise: ${cafe.votingMethod === 'dots' ? `${cafe.dotsPerPerson} dots each` : cafe.votingMethod}`,
  );
  step(5, 'What happens next, and thank you');
  blocks.push(
    { kind: 'heading', level: 1, text: 'Run of show' },
    { kind: 'paragraph', text: [cafe.venue, cafe.accessInfo].filter(Boolean).join(' · ') || cafe.title },
    { kind: 'list', items: runOfShow },
  );
  const team = (
    [
      ['Lead host', rolesText('lead_host')],
      ['Table hosts', rolesText('table_host')],
      ['Seed storytellers', rolesText('seed_storyteller')],
      ['Timekeeper', rolesText('timekeeper')],
    ] as const
  ).filter(([, names]) => names !== '');
  if (team.length > 0) {
    blocks.push(
      { kind: 'heading', level: 2, text: 'The café team' },
      { kind: 'list', items: team.map(([role, names]) => `${role}: ${names}`) },
    );
  }
  // The host slips come last, after the run of show: cut them off and hand each to its table's host.
  for (const link of await tableHostLinks(context, cafeId, cafe.tables)) {
    blocks.push(
      { kind: 'page-break' },
      { kind: 'heading', level: 1, text: `Table host of table ${link.tableNumber}` },
      {
        kind: 'paragraph',
        text: 'For the table host only: keep this to yourself. Open it on your phone to add what your table said on paper, count sticker dots and hide anything that breaks the etiquette, for your table. No account needed. It stops working when the café closes.',
      },
      {
        kind: 'image',
        data: await QRCode.toBuffer(link.url, {
          type: 'png',
          width: QR_SIZE,
          margin: 1,
          errorCorrectionLevel: 'M',
        }),
        width: QR_SIZE,
        height: QR_SIZE,
        caption: `Scan to open your table's page (table ${link.tableNumber})`,
      },
      {
        kind: 'paragraph',
        text: `Or go to ${context.config.publicUrl}/table-host and type your table's host code:`,
      },
      { kind: 'heading', level: 1, text: link.code },
    );
  }
  const data = await renderPdf({
    title: cafe.title,
    subtitle: 'Recovery Conversation Café: table cards and run of show',
    blocks,
  });
  return { data, filename: 'table-cards.pdf' };
}
