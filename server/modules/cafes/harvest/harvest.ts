import type { AgreementLabel, Cafe, Harvest, Idea } from '../../../../contracts/cafes.js';
import type { Actor } from '../../../kernel/access.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { buildBoard, isStanding } from '../board/index.js';
import { requireFacilitator } from '../cafe-loader.js';
import * as repo from '../cafes.repository.js';
import * as harvestRepo from './harvest.repository.js';

/** The harvest: priorities with raw counts, ideas by round and table, attendance and photos. */
export async function buildHarvest(context: ModuleContext, actor: Actor, cafeId: string): Promise<Harvest> {
  const { cafe } = await requireFacilitator(context, actor, cafeId);
  const [board, byTable, sent, photos, merged] = await Promise.all([
    buildBoard(context, cafeId, { facilitator: false, participant: undefined }),
    repo.countParticipantsByTable(context.db, cafeId),
    harvestRepo.findPriorities(context.db, cafeId),
    harvestRepo.findPhotos(context.db, cafeId),
    harvestRepo.findMergedIdeas(context.db, cafeId),
  ]);
  const mergedInto = mergedByIdea(merged);
  const standing = board.ideas.filter(isStanding);
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
        .map((i) => ({ tableNumber: i.tableNumber, text: i.text, dots: i.dots + i.paperVotes })),
    })),
    priorities: standing
      .map((i) => ({
        ideaId: i.id,
        text: i.text,
        dots: i.dots,
        voters: i.voters,
        paperVotes: i.paperVotes,
        paperKind: i.paperKind,
        helpers: i.helpers,
        rank: i.rank ?? standing.length,
        result: describeResult(cafe, i),
        sentOn: sentIds.has(i.id),
        sources: describeSources(i.tableNumber, mergedInto.get(i.id) ?? []),
      }))
      .sort((a, b) => a.rank - b.rank),
    photos: photos.map((p) => ({
      id: p.id,
      tableNumber: cafe.tables.find((t) => t.id === p.tableId)?.number ?? null,
      caption: p.caption,
    })),
  };
}

/**
 * The ideas merged into each standing idea, followed through merges of merges (a duplicate merged
 * into an idea that was itself merged on counts for where the last one went). Hidden ideas are left
 * out, so their words never reach the harvest.
 */
export function mergedByIdea(
  merged: { id: string; text: string; hidden: boolean; mergedInto: string | null; tableNumber: number }[],
) {
  const into = new Map(merged.map((m) => [m.id, m.mergedInto]));
  const byIdea = new Map<string, { text: string; tableNumber: number }[]>();
  for (const idea of merged) {
    if (idea.hidden || !idea.mergedInto) continue;
    let target = idea.mergedInto;
    for (let hops = 0; into.get(target) && hops < merged.length; hops++) target = into.get(target) ?? target;
    byIdea.set(target, [...(byIdea.get(target) ?? []), { text: idea.text, tableNumber: idea.tableNumber }]);
  }
  return byIdea;
}

/** What the room said of a statement, in the words the café's own pages use (see agreement-label.ts). */
const AGREEMENT_WORDS: Record<AgreementLabel, string> = {
  too_few: 'too few votes yet',
  everyone_agreed: 'everyone agreed',
  most_agreed: 'most agreed',
  split: 'views are divided',
  most_disagreed: 'most disagreed',
  everyone_disagreed: 'everyone disagreed',
};

/** "1, 2 and 4": numbers in a sentence. */
const listed = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;

/**
 * Where an idea came from when duplicates were merged into it: "Raised at 2 tables (tables 1 and 2);
 * also said as: “…”". Empty when nothing was merged into it.
 */
export function describeSources(
  tableNumber: number,
  merged: { text: string; tableNumber: number }[],
): string {
  if (merged.length === 0) return '';
  const tables = [...new Set([tableNumber, ...merged.map((m) => m.tableNumber)])].sort((a, b) => a - b);
  const where = `Raised at ${counted(tables.length, 'table', 'tables')} (${tables.length === 1 ? 'table' : 'tables'} ${listed(tables.map(String))})`;
  return `${where}; also said as: ${merged.map((m) => `“${m.text}”`).join(', ')}`;
}

/** "1 dot", "3 dots": a count with its noun. */
export const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "4 sticker dots on paper", "3 hands": what was counted in from the room, or nothing. */
export function describePaper(idea: { paperVotes: number; paperKind: 'dots' | 'hands' | null }): string {
  if (idea.paperVotes === 0) return '';
  return idea.paperKind === 'hands'
    ? `${counted(idea.paperVotes, 'hand', 'hands')} counted in the room`
    : `${counted(idea.paperVotes, 'sticker dot', 'sticker dots')} on paper`;
}

/**
 * An idea's result in words, with the raw counts behind it, for whichever way people voted; votes
 * counted in from paper are named apart and, for dots and approval, added into the total.
 */
function describeResult(cafe: Cafe, idea: Idea): string {
  const phones = describePhoneResult(cafe, idea);
  const paper = describePaper(idea);
  if (!paper) return phones;
  return cafe.votingMethod === 'dots' || cafe.votingMethod === 'approval'
    ? `${phones}, and ${paper}: ${idea.dots + idea.paperVotes} in all`
    : `${phones}; ${paper}`;
}

function describePhoneResult(cafe: Cafe, idea: Idea): string {
  if (cafe.votingMethod === 'pairwise' && idea.pairwise) {
    const { score, wins, losses, cantDecide } = idea.pairwise;
    return `Score ${Math.round(score * 10) / 10} from ${counted(wins, 'win', 'wins')} and ${counted(losses, 'loss', 'losses')}${cantDecide > 0 ? `; ${cantDecide} could not decide` : ''}`;
  }
  if (cafe.votingMethod === 'agreement' && idea.agreement) {
    // The raw counts, then the room's view in plain words, then the figure the method sentence explains:
    // a statement everyone agreed with reads as that before any "64%".
    const { agrees, disagrees, passes, consensus, label } = idea.agreement;
    return `${agrees} agree, ${disagrees} disagree, ${passes} pass: ${AGREEMENT_WORDS[label]}; common ground ${Math.round(consensus * 100)}%`;
  }
  if (cafe.votingMethod === 'approval')
    return counted(idea.voters, 'person supports it', 'people support it');
  return `${counted(idea.dots, 'dot', 'dots')} from ${counted(idea.voters, 'person', 'people')}`;
}
