import { CreateCafeRequestSchema } from '../../../contracts/cafes.js';
import { hashToken, randomToken } from '../../kernel/crypto.js';
import type { ModuleContext } from '../../kernel/module.js';
import { demoActor } from '../people/index.js';
import * as repo from './cafes.repository.js';
import { createCafe } from './planning/index.js';

const DAY_MS = 86_400_000;

/** Who came to the demo café: how many gave which area and community when joining (most give one). */
const PLACES: { n: number; postcodeDistrict: string | null; community: string | null }[] = [
  { n: 4, postcodeDistrict: 'DD4', community: null },
  { n: 3, postcodeDistrict: 'DD4', community: 'Young people leaving care' },
  { n: 5, postcodeDistrict: 'DD3', community: 'Polish-speaking community' },
  { n: 1, postcodeDistrict: 'DD3', community: null },
  { n: 2, postcodeDistrict: 'DD1', community: 'Young people leaving care' },
  { n: 2, postcodeDistrict: 'DD2', community: null },
  { n: 5, postcodeDistrict: null, community: null },
];

const IDEAS: [round: number, text: string][] = [
  [1, 'Someone at the door who says hello and means it'],
  [1, 'Being asked what I want, not told what I need'],
  [1, 'A free cup of tea and nobody rushing you'],
  [2, 'Something to go to on a Saturday afternoon'],
  [2, 'Help with bus fares to get to groups'],
  [2, 'Information in Polish, and someone who speaks it'],
];

/**
 * A café the demo organisation held three weeks ago, closed, with the people who came (most of them
 * without an account) and the ideas they left: so the "Who we reach" view has café participants.
 */
export async function seedCafesDemo(context: ModuleContext): Promise<void> {
  const facilitator = await demoActor(context, 'facilitator@cairn.example');
  const home = facilitator.memberships[0]?.organisationId;
  if (!home) throw new Error('the demo facilitator has no organisation');
  const startsAt = new Date(Date.now() - 21 * DAY_MS);
  const cafe = await createCafe(
    context,
    facilitator,
    CreateCafeRequestSchema.parse({
      organisationId: home,
      title: 'What would make recovery easier round here?',
      purpose: 'A first Recovery Conversation Café for the north of the city, to agree what to work on next.',
      startsAt: startsAt.toISOString(),
      venue: 'Harbour Recovery Community, 12 Quay Street',
      accessInfo: 'Step-free entrance, hearing loop, quiet room.',
      rounds: [
        { question: 'What helped you or someone close to you most?', minutes: 20 },
        { question: 'What is missing round here?', minutes: 20 },
      ],
      tables: 4,
      signUpOpen: false,
    }),
  );
  const [member, rowan] = await Promise.all([
    demoActor(context, 'member@cairn.example'),
    demoActor(context, 'rowan@cairn.example'),
  ]);
  const places = [
    ...PLACES.flatMap((p) => Array.from({ length: p.n }, () => ({ ...p, personId: null as string | null }))),
    // Signed in: Alex gave nothing at the door (their own area counts); Rowan gave an area.
    { postcodeDistrict: null, community: null, personId: member.personId },
    { postcodeDistrict: 'DD1', community: null, personId: rowan.personId },
  ];
  const participants = [];
  for (const [i, place] of places.entries()) {
    const table = cafe.tables[i % cafe.tables.length];
    if (!table) throw new Error('the demo café has no tables');
    participants.push(
      await repo.insertParticipant(context.db, {
        cafeId: cafe.id,
        tokenHash: hashToken(randomToken()),
        tableId: table.id,
        personId: place.personId,
        postcodeDistrict: place.postcodeDistrict,
        community: place.community,
        joinedAt: new Date(startsAt.getTime() + i * 20_000),
      }),
    );
  }
  for (const [i, [round, text]] of IDEAS.entries()) {
    const author = participants[i * 3];
    if (!author) continue;
    await repo.insertIdea(context.db, {
      cafeId: cafe.id,
      round,
      tableId: author.tableId,
      participantId: author.id,
      text,
      originalText: text,
      createdAt: new Date(startsAt.getTime() + (round === 1 ? 15 : 40) * 60_000 + i * 60_000),
    });
  }
  await repo.updateCafe(context.db, cafe.id, {
    status: 'closed',
    currentRound: 2,
    votingOpen: false,
    roundEndsAt: null,
  });
}
