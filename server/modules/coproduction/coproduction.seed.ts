import type { z } from 'zod';
import {
  CreateCharterCommitmentRequestSchema,
  CreateCommitmentRequestSchema,
  CreateGroupRequestSchema,
  CreatePriorityRequestSchema,
  CreateSeatRequestSchema,
  CreateUpdateRequestSchema,
  InterestRequestSchema,
  MeetingRequestSchema,
  SelfAssessmentRequestSchema,
  UpdateCommitmentRequestSchema,
} from '../../../contracts/coproduction.js';
import type { Actor } from '../../kernel/access.js';
import type { ModuleContext } from '../../kernel/module.js';
import { findOrganisationsOfPartnership, findPersonIdByEmail, resolveActor } from '../people/index.js';
import { addSelfAssessment, createCharterCommitment } from './charter/index.js';
import { createGroup, createMeeting } from './groups/index.js';
import {
  addCommitment,
  addCommitmentUpdate,
  createPriority,
  subscribe,
  updateCommitment,
} from './priorities/index.js';
import { createSeat, expressInterest } from './seats/index.js';

async function actorFor(context: ModuleContext, email: string): Promise<Actor> {
  const personId = await findPersonIdByEmail(context.db, email);
  const actor = personId ? await resolveActor(context.db, personId) : null;
  if (!actor) throw new Error(`demo person ${email} is missing`);
  return actor;
}

/**
 * The use cases the demo runs, each given its input as a request brings it and parsed as its
 * route parses it, so the demo passes the same checks and gets the same defaults.
 */
function useCases(context: ModuleContext) {
  type In<S extends z.ZodType> = z.input<S>;
  return {
    createGroup: (actor: Actor, input: In<typeof CreateGroupRequestSchema>) =>
      createGroup(context, actor, CreateGroupRequestSchema.parse(input)),
    createMeeting: (actor: Actor, groupId: string, input: In<typeof MeetingRequestSchema>) =>
      createMeeting(context, actor, groupId, MeetingRequestSchema.parse(input)),
    createSeat: (actor: Actor, input: In<typeof CreateSeatRequestSchema>) =>
      createSeat(context, actor, CreateSeatRequestSchema.parse(input)),
    expressInterest: (actor: Actor, seatId: string, input: In<typeof InterestRequestSchema>) =>
      expressInterest(context, actor, seatId, InterestRequestSchema.parse(input)),
    createCharterCommitment: (actor: Actor, input: In<typeof CreateCharterCommitmentRequestSchema>) =>
      createCharterCommitment(context, actor, CreateCharterCommitmentRequestSchema.parse(input)),
    addSelfAssessment: (actor: Actor, commitmentId: string, input: In<typeof SelfAssessmentRequestSchema>) =>
      addSelfAssessment(context, actor, commitmentId, SelfAssessmentRequestSchema.parse(input)),
    createPriority: (actor: Actor, input: In<typeof CreatePriorityRequestSchema>) =>
      createPriority(context, actor, CreatePriorityRequestSchema.parse(input)),
    subscribe: (actor: Actor, priorityId: string) => subscribe(context, actor, priorityId),
    addCommitment: (actor: Actor, priorityId: string, input: In<typeof CreateCommitmentRequestSchema>) =>
      addCommitment(context, actor, priorityId, CreateCommitmentRequestSchema.parse(input)),
    addCommitmentUpdate: (actor: Actor, commitmentId: string, input: In<typeof CreateUpdateRequestSchema>) =>
      addCommitmentUpdate(context, actor, commitmentId, CreateUpdateRequestSchema.parse(input)),
    updateCommitment: (actor: Actor, commitmentId: string, input: In<typeof UpdateCommitmentRequestSchema>) =>
      updateCommitment(context, actor, commitmentId, UpdateCommitmentRequestSchema.parse(input)),
  };
}

/** A date `months` months and `days` days before today, as YYYY-MM-DD. */
function ago(months: number, days = 0): string {
  const date = new Date();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() - months);
  date.setUTCDate(Math.min(28, 1 + days));
  return date.toISOString().slice(0, 10);
}

const MEETING_TOPICS = [
  [
    'Welcome and how we work together',
    'Agreed our ground rules: everyone speaks as themselves, nobody has to share.',
  ],
  ['What the last café told us', 'Weekend support came up at every table: take it to the board.'],
  ['Peer support job description', 'Rewrote the job description in plain English with the team.'],
  [
    'Paying people for their time',
    'Offer cash or vouchers; explain that vouchers can count as earnings for benefits.',
  ],
  ['The quiet room', 'Ask the café volunteers to pilot a quiet corner on Thursdays.'],
  ['Interview panel training', 'Two members will sit on the next peer support worker panel.'],
  [
    'Charter self-assessment',
    'We rated ourselves at co-design for the individual commitment, with evidence.',
  ],
  ['Feedback on the new leaflet', 'Drop the clinical wording; use the words people used in their stories.'],
  ['Planning the recovery walk', 'The group will lead the route and the speeches this year.'],
  ['Board report', 'Our board member will report the weekend drop-in figures next month.'],
  ['Reviewing the year', 'Keep meeting monthly; try one evening meeting each quarter.'],
  ['Next year’s priorities', 'Bring the three priorities to the partnership meeting in spring.'],
] as const;

/** A believable year of co-production in the demo partnership, made through the module's own use cases. */
export async function seedCoproductionDemo(context: ModuleContext): Promise<void> {
  const run = useCases(context);
  const coordinator = await actorFor(context, 'coordinator@cairn.example');
  const otherCoordinator = await actorFor(context, 'morgan@cairn.example');
  const member = await actorFor(context, 'member@cairn.example');
  const ids = await Promise.all(
    ['member', 'rowan', 'peer', 'fin', 'facilitator'].map((name) =>
      findPersonIdByEmail(context.db, `${name}@cairn.example`),
    ),
  );
  const [alex, rowan, kit, fin, priya] = ids;
  const home = coordinator.memberships[0]?.organisationId;
  if (!home || !coordinator.partnershipId || !alex || !rowan || !kit || !fin || !priya) {
    throw new Error('the demo people are missing');
  }
  const organisations = await findOrganisationsOfPartnership(context.db, coordinator.partnershipId);
  const orgId = (name: string) => organisations.find((o) => o.name === name)?.id ?? home;
  const riverside = orgId('Riverside Wellbeing Trust');
  const northgate = orgId('Northgate Community Health Team');
  const thistle = orgId('Thistle Peer Café');

  // --- a monthly group with a year of meetings ---
  const group = await run.createGroup(coordinator, {
    organisationId: home,
    name: 'Harbour co-production group',
    purpose: 'People who use Harbour’s services shape what it offers and how it is run.',
    rhythm: 'monthly, first Wednesday',
    memberIds: [alex, rowan, kit, fin, priya],
  });
  const payments = ['cash', 'voucher', 'declined', 'cash'] as const;
  for (const [i, [topic, decision]] of MEETING_TOPICS.entries()) {
    const months = 12 - i;
    const attendees = [alex, rowan, kit, fin].filter((_, j) => (i + j) % 5 !== 0);
    await run.createMeeting(coordinator, group.id, {
      heldOn: ago(months, 2),
      agenda: `1. Welcome and check-in\n2. ${topic}\n3. Actions from last time\n4. Any other business`,
      minutes: `${attendees.length} members and Priya (facilitating) met. We talked about: ${topic.toLowerCase()}.`,
      decisions: [decision],
      attendance: [
        ...attendees.map((personId, j) => ({
          personId,
          hours: 2,
          expensesPence: j % 2 === 0 ? 460 : 0,
          paymentChoice: payments[(i + j) % payments.length] ?? 'declined',
        })),
        { personId: priya, hours: 2.5, expensesPence: 0, paymentChoice: 'declined' as const },
      ],
      actions: [
        {
          text: `Follow up: ${topic.toLowerCase()}`,
          ownerPersonId: i % 2 === 0 ? priya : null,
          ownerOrganisationId: i % 2 === 0 ? null : home,
          dueOn: ago(months - 1, 0),
          status: months > 3 ? ('done' as const) : months > 1 ? ('in_progress' as const) : ('open' as const),
        },
      ],
    });
  }

  // --- seats: the board, a committee, the team meeting, and a panel that is still vacant ---
  await run.createSeat(coordinator, {
    organisationId: home,
    kind: 'board',
    bodyName: 'Board of trustees',
    description: 'A full trustee with a vote, reserved for someone with lived experience of recovery.',
    termStart: ago(14),
    termEnd: ago(-22),
    holderPersonId: alex,
    attendanceCount: 5,
  });
  await run.createSeat(coordinator, {
    organisationId: home,
    kind: 'committee',
    bodyName: 'Quality and safety committee',
    termStart: ago(10),
    termEnd: ago(-14),
    holderPersonId: rowan,
    attendanceCount: 4,
  });
  await run.createSeat(coordinator, {
    organisationId: home,
    kind: 'team_meeting',
    bodyName: 'Weekly staff team meeting',
    description: 'A peer voice in the weekly team meeting, rotating every six months.',
    termStart: ago(5),
    termEnd: ago(-1),
    holderPersonId: kit,
    attendanceCount: 19,
  });
  const panel = await run.createSeat(coordinator, {
    organisationId: home,
    kind: 'interview_panel',
    bodyName: 'Interview panel: peer support worker',
    description:
      'Help choose our next peer support worker. Training and expenses provided; two days in spring.',
    termStart: ago(-1),
    termEnd: ago(-2),
  });
  await run.expressInterest(member, panel.id, {
    note: 'I sat on a panel before and would like to again.',
  });
  await run.createSeat(otherCoordinator, {
    organisationId: riverside,
    kind: 'board',
    bodyName: 'Riverside board',
    description: 'A lived-experience trustee to join the board from the autumn.',
  });

  // --- the Working Together charter, climbing the ladder over the year ---
  const charter = [
    {
      level: 'individual',
      text: 'Every person plans their own support with us, in their own words.',
      steps: ['informing', 'consultation', 'engagement', 'co_design'],
    },
    {
      level: 'organisational',
      text: 'People who use our services sit on our board, committees and interview panels.',
      steps: ['consultation', 'engagement', 'co_design', 'co_production'],
    },
    {
      level: 'local_services',
      text: 'We bring what people tell us to the local recovery planning group, every quarter.',
      steps: ['educating', 'informing', 'consultation'],
    },
    {
      level: 'societal',
      text: 'We challenge stigma by sharing recovery stories publicly, with consent.',
      steps: ['informing', 'consultation', 'engagement'],
    },
  ] as const;
  for (const item of charter) {
    const commitment = await run.createCharterCommitment(coordinator, {
      organisationId: home,
      level: item.level,
      text: item.text,
    });
    for (const [i, rung] of item.steps.entries()) {
      await run.addSelfAssessment(coordinator, commitment.id, {
        rung,
        assessedOn: ago(11 - i * 3, 10),
        evidence: `Reviewed with the co-production group: ${rung.replace('_', '-')} describes where we were, with examples from the minutes.`,
      });
    }
  }
  const riversideCharter = await run.createCharterCommitment(otherCoordinator, {
    organisationId: riverside,
    level: 'organisational',
    text: 'People with lived experience help recruit our staff.',
  });
  for (const [i, rung] of (['informing', 'consultation'] as const).entries()) {
    await run.addSelfAssessment(otherCoordinator, riversideCharter.id, {
      rung,
      assessedOn: ago(8 - i * 5, 3),
      evidence: 'Two recruitment rounds this year; peers reviewed the questions the second time.',
    });
  }

  // --- You said, we did ---
  const weekend = await run.createPriority(coordinator, {
    organisationId: home,
    source: 'manual',
    sourceRef: 'Raised at the Riverside recovery café and by the co-production group',
    title: 'Support at weekends',
    text: 'Weekends are the hardest time and almost everything is closed. People asked for somewhere to go on Saturdays.',
    published: true,
  });
  await run.subscribe(member, weekend.id);
  await run.addCommitment(coordinator, weekend.id, {
    ownerOrganisationId: home,
    description: 'Open a Saturday drop-in run by peer supporters',
    dueOn: ago(4),
    status: 'in_progress',
    progress: 80,
  });
  const withDropIn = await run.addCommitment(coordinator, weekend.id, {
    ownerOrganisationId: riverside,
    description: 'Pay travel costs for weekend volunteers',
    dueOn: ago(-3),
    status: 'planned',
  });
  const [dropIn, travel] = withDropIn.commitments;
  if (dropIn && travel) {
    await run.addCommitmentUpdate(coordinator, dropIn.id, {
      text: 'Six peer supporters trained for weekend shifts.',
      happenedOn: ago(7, 5),
    });
    await run.addCommitmentUpdate(coordinator, dropIn.id, {
      text: 'The Saturday drop-in opened: 14 people came on the first day.',
      happenedOn: ago(3, 5),
    });
    // Each promise and update above and each change of status is told to everyone subscribed.
    await run.updateCommitment(coordinator, dropIn.id, { status: 'done' });
    await run.updateCommitment(otherCoordinator, travel.id, {
      status: 'in_progress',
      progress: 40,
    });
    await run.addCommitmentUpdate(otherCoordinator, travel.id, {
      text: 'A travel fund agreed with the council; claims open next month.',
      happenedOn: ago(1, 12),
    });
  }

  const asked = await run.createPriority(coordinator, {
    organisationId: home,
    source: 'key_message',
    sourceRef: 'Key message for practitioners from the stories of autumn',
    title: 'Ask us, don’t tell us, when services change',
    text: 'Stories showed people finding out about changes to their services last, often by letter.',
    published: true,
  });
  await run.addCommitment(coordinator, asked.id, {
    ownerOrganisationId: northgate,
    description: 'Ask the Harbour group before any change to clinic times',
    dueOn: ago(-2),
    status: 'in_progress',
    progress: 30,
  });
  await run.addCommitment(coordinator, asked.id, {
    ownerOrganisationId: northgate,
    description: 'Move the Tuesday clinic to an evening',
    dueOn: ago(2),
    status: 'declined',
    declinedReason:
      'The building closes at 6pm and the lease does not allow evening use. We are asking the council about another venue and will report back.',
  });

  const quiet = await run.createPriority(coordinator, {
    organisationId: home,
    source: 'group',
    sourceRef: 'Harbour co-production group',
    title: 'A quiet space at the café',
    text: 'Some people find the café too loud to stay. A quiet corner would help them come back.',
    published: true,
  });
  const withQuiet = await run.addCommitment(coordinator, quiet.id, {
    ownerOrganisationId: thistle,
    description: 'Pilot a quiet corner on Thursday afternoons',
    dueOn: ago(-1),
    status: 'planned',
  });
  const [pilot] = withQuiet.commitments;
  if (pilot) {
    await run.addCommitmentUpdate(coordinator, pilot.id, {
      text: 'Café volunteers agreed to try it; screens and cushions donated.',
      happenedOn: ago(0, 3),
    });
  }

  await run
    .createPriority(coordinator, {
      organisationId: home,
      source: 'manual',
      sourceRef: 'Suggested by a member at the drop-in',
      title: 'Peer-led welcome for new members',
      text: 'Someone who has been there to meet new people on their first visit.',
      published: true,
    })
    .then((p) =>
      run.addCommitment(coordinator, p.id, {
        ownerOrganisationId: home,
        description: 'A welcome rota of peer volunteers at every drop-in',
        dueOn: ago(-4),
        status: 'planned',
      }),
    );
}
