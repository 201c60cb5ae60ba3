import {
  CreateActivityRequestSchema,
  CreateProposalRequestSchema,
  RespondToProposalRequestSchema,
} from '../../../contracts/activities.js';
import type { Actor } from '../../kernel/access.js';
import type { ModuleContext } from '../../kernel/module.js';
import { findOrganisationsOfPartnership, findPersonIdByEmail, resolveActor } from '../people/index.js';
import { setMyProfile, setTargets } from './outreach.js';
import { createPartner } from './partners.js';
import { createActivity } from './programme.js';
import { proposeActivity, respondToProposal, supportProposal } from './proposals.js';
import { createRole } from './roles.js';
import { signUp } from './sign-ups.js';

async function actorFor(context: ModuleContext, email: string): Promise<Actor> {
  const personId = await findPersonIdByEmail(context.db, email);
  const actor = personId ? await resolveActor(context.db, personId) : null;
  if (!actor) throw new Error(`demo person ${email} is missing`);
  return actor;
}

/** The date `days` days from today, as YYYY-MM-DD. */
function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The first Tuesday at least a day away, as YYYY-MM-DD, so the Tuesday group meets on a Tuesday. */
function nextTuesday(): string {
  const day = new Date(Date.now() + 86_400_000);
  day.setUTCDate(day.getUTCDate() + ((2 - day.getUTCDay() + 7) % 7));
  return day.toISOString().slice(0, 10);
}

/** A believable community offer for the demo partnership, made through the module's own use cases. */
export async function seedActivitiesDemo(context: ModuleContext): Promise<void> {
  const coordinator = await actorFor(context, 'coordinator@cairn.example');
  const member = await actorFor(context, 'member@cairn.example');
  const rowan = await actorFor(context, 'rowan@cairn.example');
  const home = coordinator.memberships[0]?.organisationId;
  if (!home || !coordinator.partnershipId) throw new Error('the demo people are missing');
  const organisations = await findOrganisationsOfPartnership(context.db, coordinator.partnershipId);
  const thistle = organisations.find((o) => o.name === 'Thistle Peer Café')?.id;

  const peerGroup = await createActivity(
    context,
    coordinator,
    CreateActivityRequestSchema.parse({
      organisationId: home,
      title: 'Tuesday peer support group',
      description: 'An open group: come as you are, talk or just listen. Tea and biscuits.',
      kind: 'peer_group',
      venue: 'Harbour Recovery Community, 12 Quay Street (ground floor)',
      accessInformation: 'Step-free entrance, accessible toilet, hearing loop. Quiet room available.',
      capacity: 12,
      schedule: {
        startsOn: nextTuesday(),
        startTime: '18:00',
        durationMinutes: 90,
        frequency: 'weekly',
        endsOn: inDays(120),
      },
    }),
  );
  await createActivity(
    context,
    coordinator,
    CreateActivityRequestSchema.parse({
      organisationId: home,
      title: 'Allotment morning',
      description: 'Planting, weeding and a flask of soup. No experience needed; gloves provided.',
      kind: 'allotment_session',
      venue: 'Riverside allotments, plot 14 (gate on Mill Lane)',
      accessInformation: 'Grass paths; a raised bed can be reached from a wheelchair.',
      capacity: 8,
      schedule: {
        startsOn: inDays(4),
        startTime: '10:00',
        durationMinutes: 150,
        frequency: 'fortnightly',
        endsOn: inDays(150),
      },
    }),
  );
  await createActivity(
    context,
    coordinator,
    CreateActivityRequestSchema.parse({
      organisationId: home,
      title: 'Skills workshop: writing your story',
      description: 'A gentle writing workshop with a peer supporter. Share only what you choose.',
      kind: 'skills_workshop',
      venue: 'Harbour Recovery Community, upstairs room (lift available)',
      accessInformation: 'Large-print handouts on request.',
      capacity: 10,
      schedule: {
        startsOn: inDays(9),
        startTime: '13:30',
        durationMinutes: 120,
        frequency: 'monthly',
        endsOn: inDays(200),
      },
    }),
  );
  await createActivity(
    context,
    coordinator,
    CreateActivityRequestSchema.parse({
      organisationId: home,
      title: 'Recovery walk along the river',
      kind: 'walk',
      venue: 'Meet at the bandstand, Riverside Park',
      accessInformation: 'Flat, surfaced path about 3 km; benches along the way.',
      capacity: 25,
      schedule: {
        startsOn: inDays(12),
        startTime: '11:00',
        durationMinutes: 120,
        frequency: 'once',
        endsOn: null,
      },
    }),
  );

  const first = peerGroup.occurrences[0];
  if (first) {
    await signUp(context, member, first.id);
    await signUp(context, rowan, first.id);
  }

  const proposal = await proposeActivity(
    context,
    member,
    CreateProposalRequestSchema.parse({
      organisationId: home,
      title: 'Saturday social café',
      description: 'Weekends are the hardest. Could we have a relaxed café on Saturday afternoons?',
      kind: 'social_event',
    }),
  );
  await supportProposal(context, rowan, proposal.id);
  const yoga = await proposeActivity(
    context,
    rowan,
    CreateProposalRequestSchema.parse({
      organisationId: home,
      title: 'Chair yoga',
      description: 'Gentle movement that works for everyone.',
      kind: 'therapy_session',
    }),
  );
  await respondToProposal(
    context,
    coordinator,
    yoga.id,
    RespondToProposalRequestSchema.parse({
      response: 'not_now',
      reason: 'We have no instructor until the spring; we will ask the Trust about sharing theirs.',
    }),
  );

  const cafeHome = thistle ?? home;
  const cafeCoordinator = thistle ? await actorFor(context, 'admin@cairn.example') : coordinator;
  await createRole(context, cafeCoordinator, {
    organisationId: cafeHome,
    title: 'Café kitchen work placement',
    description: 'Twelve weeks in the community café kitchen with a food hygiene certificate at the end.',
    kind: 'work_placement',
    hoursPerWeek: 12,
  });
  await createRole(context, cafeCoordinator, {
    organisationId: cafeHome,
    title: 'Front-of-house volunteer',
    description: 'Welcome people, take orders, and be a friendly face. Flexible shifts.',
    kind: 'volunteering',
    hoursPerWeek: null,
  });

  await createPartner(context, coordinator, {
    organisationId: home,
    name: 'Northside Welfare Rights',
    kind: 'local_organisation',
    offers: 'Free, confidential benefits and debt advice; help with forms and appeals.',
    contact: 'Drop in Monday to Thursday, 10:00–15:00',
    website: null,
  });
  await createPartner(context, coordinator, {
    organisationId: home,
    name: 'Community Mental Health Team (North)',
    kind: 'health_service',
    offers: 'Assessment and support from nurses, psychologists and social workers.',
    contact: 'Referral through a GP or self-referral by phone',
    website: null,
  });
  await createPartner(context, coordinator, {
    organisationId: home,
    name: 'Council Housing Options Team',
    kind: 'council_team',
    offers: 'Advice if you are homeless or at risk of losing your home.',
    contact: '',
    website: null,
  });

  await setTargets(context, coordinator, home, {
    areas: ['DD1', 'DD3', 'DD4'],
    communities: ['Young people leaving care', 'Polish-speaking community'],
  });
  await setMyProfile(context, member, home, { postcodeDistrict: 'DD4', community: null });
  await setMyProfile(context, rowan, home, {
    postcodeDistrict: 'DD1',
    community: 'Young people leaving care',
  });
  // The reach view also counts the demo café's participants (cafés seed) and the stories told to
  // the organisation (stories seed): with this few people, most cells show "fewer than 5".
}
