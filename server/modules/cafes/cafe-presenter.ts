import type { Cafe } from '../../../contracts/cafes.js';
import type { CafeRow, RoleRow, RoundRow, TableRow } from './cafes.repository.js';

/**
 * A round's way of voting is fixed once voting has opened in it, once the round is over, and once
 * the café has closed; until then its facilitators may change it.
 */
export function isRoundMethodFixed(row: CafeRow, round: RoundRow): boolean {
  return round.votingOpenedAt !== null || round.position < row.currentRound || row.status === 'closed';
}

/** A café as its facilitators see it: plan, state, rounds, tables, team and how many signed up. */
export function toCafe(
  row: CafeRow,
  rounds: RoundRow[],
  tables: TableRow[],
  roles: RoleRow[],
  signUps: number,
): Cafe {
  return {
    id: row.id,
    organisationId: row.organisationId,
    title: row.title,
    purpose: row.purpose,
    format: row.format,
    startsAt: row.startsAt?.toISOString() ?? null,
    venue: row.venue,
    accessInfo: row.accessInfo,
    capacity: row.capacity,
    joinCode: row.joinCode,
    status: row.status,
    currentRound: row.currentRound,
    roundEndsAt: row.roundEndsAt?.toISOString() ?? null,
    votingMethod: row.votingMethod,
    votingOpen: row.votingOpen,
    dotsPerPerson: row.dotsPerPerson,
    allowStacking: row.allowStacking,
    rounds: rounds.map((r) => ({
      position: r.position,
      question: r.question,
      minutes: r.minutes,
      votingMethod: r.votingMethod,
      methodFixed: isRoundMethodFixed(row, r),
    })),
    tables: tables.map((t) => ({ id: t.id, number: t.number, videoUrl: t.videoUrl })),
    roles: roles.map((r) => ({ role: r.role, name: r.name, tableNumber: r.tableNumber })),
    signUpOpen: row.signUpOpen,
    signUps,
  };
}
