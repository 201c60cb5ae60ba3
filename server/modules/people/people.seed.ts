import type { Role } from '../../../contracts/people.js';
import type { Actor } from '../../kernel/access.js';
import { hashPassword } from '../../kernel/auth.js';
import type { ModuleContext } from '../../kernel/module.js';
import { seedInvolvementDemo } from './involvement/index.js';
import { findPersonIdByEmail } from './lookups.js';
import { resolveActor } from './me.js';
import * as repo from './people.repository.js';

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

/** A demo person as an actor, so other modules seed their demo data through their own use cases. */
export async function demoActor(context: ModuleContext, email: string): Promise<Actor> {
  const personId = await findPersonIdByEmail(context.db, email);
  const actor = personId ? await resolveActor(context.db, personId) : null;
  if (!actor) throw new Error(`demo person ${email} is missing`);
  return actor;
}
