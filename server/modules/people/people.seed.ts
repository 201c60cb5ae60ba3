import type { Role } from '../../../contracts/people.js';
import type { Actor } from '../../kernel/access.js';
import { hashPassword } from '../../kernel/auth.js';
import type { DbOrTx } from '../../kernel/db.js';
import type { ModuleContext } from '../../kernel/module.js';
import * as involvement from './people.involvement.repository.js';
import * as repo from './people.repository.js';
import { findPersonIdByEmail, resolveActor } from './people.service.js';
import type { involvementEntries, trainingRecords } from './people.tables.js';

export const DEMO_PASSWORD = 'walk-together-2026';
export const DEMO_PARTNERSHIP = 'Riverside Recovery Partnership (demo)';

/** Fictional organisations of the demo partnership; the first is home to most demo people. */
export const DEMO_ORGANISATIONS = [
  'Harbour Recovery Community',
  'Riverside Wellbeing Trust',
  'Northgate Community Health Team',
  'Thistle Peer Café',
] as const;

/** One fictional person in every role (DESIGN §2), all signing in with DEMO_PASSWORD. */
export const DEMO_PEOPLE: readonly { email: string; displayName: string; role: Role }[] = [
  { email: 'admin@cairn.example', displayName: 'Sam Rivers', role: 'partnership_admin' },
  { email: 'coordinator@cairn.example', displayName: 'Jo Harbour', role: 'coordinator' },
  { email: 'facilitator@cairn.example', displayName: 'Priya Lamont', role: 'facilitator' },
  { email: 'peer@cairn.example', displayName: 'Kit Morrow', role: 'peer_supporter' },
  { email: 'member@cairn.example', displayName: 'Alex Brae', role: 'member' },
  { email: 'safeguarding@cairn.example', displayName: 'Dee Carrick', role: 'safeguarding_lead' },
];

/** True when the database already holds a partnership (the demo or real data). */
export async function hasAnyPartnership(context: ModuleContext): Promise<boolean> {
  return (await repo.countPartnerships(context.db)) > 0;
}

export async function seedPeopleDemo(context: ModuleContext): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await context.db.transaction(async (tx) => {
    const partnership = await repo.insertPartnership(tx, DEMO_PARTNERSHIP);
    const organisations = [];
    for (const name of DEMO_ORGANISATIONS) {
      organisations.push(await repo.insertOrganisation(tx, { partnershipId: partnership.id, name }));
    }
    const home = organisations[0];
    if (!home) throw new Error('the demo needs an organisation');
    const ids = new Map<string, string>();
    for (const demo of DEMO_PEOPLE) {
      const person = await repo.insertPerson(tx, {
        email: demo.email,
        displayName: demo.displayName,
        passwordHash,
      });
      ids.set(demo.email, person.id);
      await repo.insertMembership(tx, { personId: person.id, organisationId: home.id, role: demo.role });
    }
    await seedInvolvementDemo(tx, ids, organisations);
    // A few more members so the members page is not empty, and a coordinator elsewhere.
    const extras: { email: string; displayName: string; role: Role; organisation: number }[] = [
      { email: 'rowan@cairn.example', displayName: 'Rowan Tay', role: 'member', organisation: 0 },
      { email: 'fin@cairn.example', displayName: 'Fin Arbroath', role: 'peer_supporter', organisation: 0 },
      { email: 'morgan@cairn.example', displayName: 'Morgan Esk', role: 'coordinator', organisation: 1 },
      { email: 'lee@cairn.example', displayName: 'Lee Glamis', role: 'member', organisation: 3 },
    ];
    for (const extra of extras) {
      const organisation = organisations[extra.organisation];
      if (!organisation) continue;
      const person = await repo.insertPerson(tx, {
        email: extra.email,
        displayName: extra.displayName,
        passwordHash,
      });
      await repo.insertMembership(tx, {
        personId: person.id,
        organisationId: organisation.id,
        role: extra.role,
      });
    }
  });
}

const DAY_MS = 86_400_000;
/** A date `days` from today, as YYYY-MM-DD, so the demo always looks current. */
const fromToday = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);

/**
 * Training (one course due for a refresh within the month), a year of involvement for the demo
 * member and peer supporter, and two opportunities.
 */
async function seedInvolvementDemo(
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

/** A demo person as an actor, so other modules seed their demo data through their own use cases. */
export async function demoActor(context: ModuleContext, email: string): Promise<Actor> {
  const personId = await findPersonIdByEmail(context.db, email);
  const actor = personId ? await resolveActor(context.db, personId) : null;
  if (!actor) throw new Error(`demo person ${email} is missing`);
  return actor;
}
