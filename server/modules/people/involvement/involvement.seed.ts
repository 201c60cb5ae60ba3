import type { DbOrTx } from '../../../kernel/db.js';
import type { involvementEntries, trainingRecords } from '../people.tables.js';
import { DAY_MS } from './format.js';
import * as involvement from './involvement.repository.js';

/** A date `days` from today, as YYYY-MM-DD, so the demo always looks current. */
const fromToday = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);

/**
 * Training (one course due for a refresh within the month), a year of involvement for the demo
 * member and peer supporter, and two opportunities.
 */
export async function seedInvolvementDemo(
  tx: DbOrTx,
  ids: Map<string, string>,
  organisations: { id: string; name: string }[],
) {
  const member = ids.get('member@cairn.example');
  const peer = ids.get('peer@cairn.example');
  const coordinator = ids.get('coordinator@cairn.example');
  const [home, trust] = organisations;
  if (!member || !peer || !coordinator || !home || !trust) throw new Error('the demo people are missing');
  const training: (typeof trainingRecords.$inferInsert)[] = [
    {
      personId: member,
      kind: 'peer_support',
      title: 'Introduction to peer support',
      provider: 'Harbour Recovery Community',
      completedOn: fromToday(-345),
      refreshDueOn: fromToday(20),
      certificateNote: 'Certificate kept by the coordinator',
    },
    {
      personId: member,
      kind: 'story_collection',
      title: 'Collecting stories with consent',
      provider: 'Riverside Wellbeing Trust',
      completedOn: fromToday(-180),
    },
    {
      personId: peer,
      kind: 'safeguarding',
      title: 'Safeguarding adults, level 2',
      provider: 'Northgate Community Health Team',
      completedOn: fromToday(-420),
      refreshDueOn: fromToday(310),
    },
    {
      personId: peer,
      kind: 'boundaries',
      title: 'Boundaries in peer work',
      provider: 'Harbour Recovery Community',
      completedOn: fromToday(-240),
    },
    {
      personId: peer,
      kind: 'lived_experience_leadership',
      title: 'Lived-experience leadership programme',
      provider: 'Recovery College (fictional)',
      completedOn: fromToday(-90),
    },
  ];
  for (const record of training) await involvement.insertTraining(tx, { ...record, recordedBy: coordinator });

  // Roughly monthly over the past year, with each kind of payment choice.
  const entries: (typeof involvementEntries.$inferInsert)[] = [];
  for (let month = 0; month < 12; month++) {
    entries.push({
      personId: peer,
      organisationId: home.id,
      occurredOn: fromToday(-10 - month * 30),
      activity: 'Peer support drop-in at the community hub',
      role: 'peer_supporter',
      hours: month % 3 === 0 ? 3.5 : 3,
      expensesPence: 460,
      paymentChoice: month % 2 === 0 ? 'cash' : 'voucher',
      recordedBy: coordinator,
    });
    if (month % 3 === 1) {
      entries.push({
        personId: member,
        organisationId: home.id,
        occurredOn: fromToday(-20 - month * 30),
        activity: 'Interview panel for a peer worker post',
        role: 'interview_panel_member',
        hours: 2.5,
        expensesPence: 0,
        paymentChoice: 'declined',
        recordedBy: coordinator,
      });
    }
    if (month % 4 === 0) {
      entries.push({
        personId: member,
        organisationId: trust.id,
        occurredOn: fromToday(-15 - month * 30),
        activity: 'Table host at a recovery café',
        role: 'table_host',
        hours: 2,
        expensesPence: 320,
        paymentChoice: 'voucher',
        recordedBy: coordinator,
      });
    }
  }
  entries.push({
    personId: peer,
    organisationId: home.id,
    occurredOn: fromToday(-60),
    activity: 'Talk to student nurses about recovery',
    role: 'peer_educator',
    hours: 1.5,
    expensesPence: 850,
    paymentChoice: 'cash',
    recordedBy: coordinator,
  });
  await involvement.insertInvolvement(tx, entries);

  await involvement.insertOpportunity(tx, {
    organisationId: home.id,
    title: 'Join our recruitment panel',
    role: 'interview_panel_member',
    description:
      'Help us choose our next peer workers. We will prepare you beforehand and talk it over afterwards.',
    commitment: 'One day in the next two months, plus an hour to prepare',
    closesOn: fromToday(30),
    createdBy: coordinator,
  });
  await involvement.insertOpportunity(tx, {
    organisationId: trust.id,
    title: 'Peer researcher for the community survey',
    role: 'peer_researcher',
    description: 'Shape the questions, talk with people about their experience, and help make sense of it.',
    commitment: 'About four hours a month for six months',
    closesOn: fromToday(45),
    createdBy: coordinator,
  });
}
