import type { TableHostView } from '../../../../contracts/cafes.js';
import type { ModuleContext } from '../../../kernel/module.js';
import type { CafeReader } from '../cafe-reader.js';
import * as repo from '../cafes.repository.js';
import { requireTableHost, type TableHost } from './table-host-access.js';

/** The table host's page: their own table's ideas (hidden ones with why), nothing from other tables. */
export async function getTableHostView(
  context: ModuleContext,
  reader: CafeReader,
  cafeId: string,
): Promise<TableHostView> {
  return buildTableHostView(context, await requireTableHost(context, reader, cafeId));
}

/**
 * `version` is the café's version the view reflects: after a change the table host made, the version
 * the change moved the café to, so a phone never takes an older view labelled the same for newer.
 */
export async function buildTableHostView(
  context: ModuleContext,
  host: TableHost,
  version = host.cafe.version,
): Promise<TableHostView> {
  const { cafe } = host;
  const [rounds, ideas] = await Promise.all([
    repo.findRounds(context.db, cafe.id),
    repo.findIdeasWithCounts(context.db, cafe.id, host.tableId),
  ]);
  return {
    cafe: {
      id: cafe.id,
      title: cafe.title,
      status: cafe.status,
      currentRound: cafe.currentRound,
      question: rounds.find((r) => r.position === cafe.currentRound)?.question ?? null,
      votingOpen: cafe.votingOpen,
    },
    tableNumber: host.tableNumber,
    // A duplicate merged into another idea lives on in that one; who wrote each idea is never shown.
    ideas: ideas
      .filter((i) => !i.mergedInto)
      .map((i) => ({
        id: i.id,
        text: i.text,
        round: i.round,
        hidden: i.hidden,
        hiddenReason: i.hiddenReason,
        dots: i.dots,
        voters: i.voters,
        paperVotes: i.paperVotes,
        paperKind: i.paperKind,
      })),
    version,
  };
}
