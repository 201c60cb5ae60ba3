// One-call creators for the co-production module's tests: each goes through the API as a person
// would, and fails loudly if a step is refused, so a test reads as what it checks.
import type {
  CharterCommitment,
  Commitment,
  CreateCommitmentRequest,
  CreateGroupRequest,
  CreatePriorityRequest,
  CreateSeatRequest,
  Group,
  Meeting,
  MeetingRequest,
  Priority,
  Seat,
} from '../../../contracts/coproduction.js';
import { addConsentedStory, type SignedIn } from '../../testing/factories.js';
import type { OutboxMessage, TestApp } from '../../testing/test-app.js';

type Answer = { statusCode: number; body: string; json<T>(): T };

function expectStatus<T>(step: string, response: Answer, status: number): T {
  if (response.statusCode !== status) {
    throw new Error(`${step} answered ${response.statusCode}: ${response.body}`);
  }
  return response.json<T>();
}

let organisations = 0;
/** A new organisation in the admin's partnership, for a test that counts what one organisation has. */
export async function createOrganisation(t: TestApp, admin: SignedIn, name?: string): Promise<string> {
  organisations += 1;
  const created = await t.as(admin, {
    method: 'POST',
    url: '/api/organisations',
    payload: { name: name ?? `Co-production organisation ${organisations}` },
  });
  return expectStatus<{ id: string }>('creating an organisation', created, 201).id;
}

/** A group run by `who`: unless `group` says otherwise, "Monthly group" with nobody in it. */
export async function createGroup(
  t: TestApp,
  who: SignedIn,
  group: Partial<CreateGroupRequest> & { organisationId: string },
): Promise<Group> {
  const created = await t.as(who, {
    method: 'POST',
    url: '/api/coproduction/groups',
    payload: { name: 'Monthly group', ...group },
  });
  return expectStatus<Group>('creating a group', created, 201);
}

/** A meeting of the group recorded by `who`: unless `meeting` says otherwise, held on 7 January 2026. */
export async function recordMeeting(
  t: TestApp,
  who: SignedIn,
  groupId: string,
  meeting: Partial<MeetingRequest> = {},
): Promise<Meeting> {
  const created = await t.as(who, {
    method: 'POST',
    url: `/api/coproduction/groups/${groupId}/meetings`,
    payload: { heldOn: '2026-01-07', ...meeting },
  });
  return expectStatus<Meeting>('recording a meeting', created, 201);
}

/** A lived-experience seat kept by `coordinator`: unless `seat` says otherwise, a vacant board seat. */
export async function createSeat(
  t: TestApp,
  coordinator: SignedIn,
  seat: Partial<CreateSeatRequest> & { organisationId: string },
): Promise<Seat> {
  const created = await t.as(coordinator, {
    method: 'POST',
    url: '/api/coproduction/seats',
    payload: { kind: 'board', bodyName: 'Board of trustees', ...seat },
  });
  return expectStatus<Seat>('creating a seat', created, 201);
}

/** An organisational commitment of the Working Together charter. */
export async function createCharterCommitment(
  t: TestApp,
  coordinator: SignedIn,
  organisationId: string,
  text = 'People who use services help recruit staff.',
): Promise<CharterCommitment> {
  const created = await t.as(coordinator, {
    method: 'POST',
    url: '/api/coproduction/charter/commitments',
    payload: { organisationId, level: 'organisational', text },
  });
  return expectStatus<CharterCommitment>('creating a charter commitment', created, 201);
}

/** A priority of "You said, we did": unless `priority` says otherwise, an unpublished "Support at weekends". */
export async function createPriority(
  t: TestApp,
  coordinator: SignedIn,
  priority: Partial<CreatePriorityRequest> & { organisationId: string },
): Promise<Priority> {
  const created = await t.as(coordinator, {
    method: 'POST',
    url: '/api/coproduction/priorities',
    payload: { title: 'Support at weekends', ...priority },
  });
  return expectStatus<Priority>('creating a priority', created, 201);
}

/** Adds a commitment to a priority; returns the commitment (found by its description). */
export async function addCommitment(
  t: TestApp,
  coordinator: SignedIn,
  priorityId: string,
  commitment: Partial<CreateCommitmentRequest> & { ownerOrganisationId: string },
): Promise<Commitment> {
  const description = commitment.description ?? 'Open on Saturdays';
  const created = await t.as(coordinator, {
    method: 'POST',
    url: `/api/coproduction/priorities/${priorityId}/commitments`,
    payload: { ...commitment, description },
  });
  const priority = expectStatus<Priority>('adding a commitment', created, 201);
  const added = priority.commitments.find((c) => c.description === description);
  if (!added) throw new Error(`no commitment "${description}" in ${created.body}`);
  return added;
}

/** A published priority of `organisationId` with one commitment it made itself. */
export async function createPriorityWithCommitment(
  t: TestApp,
  coordinator: SignedIn,
  organisationId: string,
  ownerOrganisationId = organisationId,
): Promise<{ priority: Priority; commitment: Commitment }> {
  const priority = await createPriority(t, coordinator, { organisationId, published: true });
  const commitment = await addCommitment(t, coordinator, priority.id, { ownerOrganisationId });
  return { priority, commitment };
}

/** Changes a commitment as `who`; the answer is left to the test. */
export function changeCommitment(t: TestApp, who: SignedIn, commitmentId: string, payload: object) {
  return t.as(who, { method: 'PATCH', url: `/api/coproduction/commitments/${commitmentId}`, payload });
}

/** Subscribes `who` to news of a priority. */
export async function subscribe(t: TestApp, who: SignedIn, priorityId: string): Promise<void> {
  const response = await t.as(who, {
    method: 'PUT',
    url: `/api/coproduction/priorities/${priorityId}/subscription`,
  });
  expectStatus('subscribing', response, 200);
}

/** The "You said, we did" news sent to an address, newest first. */
export async function newsTo(t: TestApp, address: string): Promise<OutboxMessage[]> {
  return (await t.outbox(address)).filter((m) => m.subject.startsWith('You said, we did'));
}

/** Brings a café priority sent on by `organisationId`'s café into "You said, we did", by its text. */
export async function importCafePriority(
  t: TestApp,
  coordinator: SignedIn,
  organisationId: string,
  text: string,
): Promise<Priority> {
  const list = await t.as(coordinator, {
    method: 'GET',
    url: `/api/coproduction/organisations/${organisationId}/cafe-priorities`,
  });
  const cafePriority = expectStatus<{ cafePriorities: { id: string; text: string }[] }>(
    'listing café priorities',
    list,
    200,
  ).cafePriorities.find((p) => p.text === text);
  if (!cafePriority) throw new Error(`no café priority “${text}”`);
  const imported = await t.as(coordinator, {
    method: 'POST',
    url: `/api/coproduction/organisations/${organisationId}/cafe-priorities/${cafePriority.id}/import`,
  });
  return expectStatus<Priority>('importing a café priority', imported, 201);
}

/** The notes in Cairn that `who` has had, newest first. */
export async function notificationsOf(t: TestApp, who: SignedIn) {
  const response = await t.as(who, { method: 'GET', url: '/api/coproduction/notifications' });
  return expectStatus<{ notifications: { text: string; commitmentId: string }[] }>(
    'reading notifications',
    response,
    200,
  ).notifications;
}

/** The unsubscribe token in a message's link. */
export function unsubscribeTokenIn(message: { text: string } | undefined): string {
  const token = /\/unsubscribe\/([\w-]+)/.exec(message?.text ?? '')?.[1];
  if (!token) throw new Error(`no unsubscribe link in ${message?.text}`);
  return token;
}

/** The participant cookie a café join sets. */
function participantCookieOf(response: { cookies: { name: string; value: string }[]; body: string }): string {
  const cookie = response.cookies.find((c) => c.name.startsWith('cairn_p_'));
  if (!cookie) throw new Error(`no participant cookie: ${response.body}`);
  return `${cookie.name}=${cookie.value}`;
}

/**
 * A café of `organisationId` run by `facilitator` through to one idea sent on as a priority. Each
 * voter joins (leaving `contact`, or signed in `as` someone), and puts two dots on the idea.
 */
export async function sendCafePriority(
  t: TestApp,
  facilitator: SignedIn,
  organisationId: string,
  cafe: {
    title: string;
    idea: string;
    /** Each voter joins with a contact, signed in (`as`), and with the page in a `language` (Accept-Language). */
    voters: { contact?: string; as?: SignedIn; language?: string }[];
  },
): Promise<void> {
  const created = await t.as(facilitator, {
    method: 'POST',
    url: '/api/cafes',
    payload: { organisationId, title: cafe.title, rounds: [{ question: 'What helped?' }], tables: 1 },
  });
  const { id, joinCode } = expectStatus<{ id: string; joinCode: string }>('planning a café', created, 201);
  const control = async (action: string) =>
    expectStatus(
      action,
      await t.as(facilitator, { method: 'POST', url: `/api/cafes/${id}/control`, payload: { action } }),
      200,
    );
  const join = async (voter: (typeof cafe.voters)[number]) => {
    const joined = await t.as(voter.as ?? null, {
      method: 'POST',
      url: '/api/cafes/join',
      payload: { code: joinCode, ...(voter.contact ? { contact: voter.contact } : {}) },
      ...(voter.language ? { headers: { 'accept-language': voter.language } } : {}),
    });
    expectStatus('joining the café', joined, 200);
    const participant = participantCookieOf(joined);
    return voter.as ? `${participant}; ${voter.as.cookie}` : participant;
  };
  const [first, ...others] = cafe.voters;
  if (!first) throw new Error('a café priority needs at least one voter');
  const cookies = [await join(first)];
  await control('start');
  const idea = await t.as(
    { cookie: cookies[0] ?? '' },
    {
      method: 'POST',
      url: `/api/cafes/${id}/ideas`,
      payload: { text: cafe.idea },
    },
  );
  const ideaId = expectStatus<{ id: string }>('adding an idea', idea, 201).id;
  for (const voter of others) cookies.push(await join(voter));
  await control('open_voting');
  for (const cookie of cookies) {
    const voted = await t.as(
      { cookie },
      {
        method: 'POST',
        url: `/api/cafes/${id}/votes`,
        payload: { ideaId, dots: 2 },
      },
    );
    expectStatus('voting', voted, 200);
  }
  await control('close');
  const sent = await t.as(facilitator, {
    method: 'POST',
    url: `/api/cafes/${id}/priorities`,
    payload: { ideaId },
  });
  expectStatus('sending the priority on', sent, 200);
}

/**
 * A key message for decision makers from an analysis project of `organisationId`: a story with
 * consent for analysis, coded, with a theme the message rests on.
 */
export async function createKeyMessage(
  t: TestApp,
  coordinator: SignedIn,
  storyteller: SignedIn,
  organisationId: string,
  message: { project: string; story: string; text: string },
): Promise<void> {
  const storyId = await addConsentedStory(t.app, storyteller, {
    organisationId,
    title: 'The walk that helped',
    text: message.story,
    tier: 'analysis',
  });
  const created = await t.as(coordinator, {
    method: 'POST',
    url: '/api/analysis/projects',
    payload: { organisationId, title: message.project, blind: false },
  });
  const project = expectStatus<{ id: string; codebookId: string }>('creating a project', created, 201);
  const added = await t.as(coordinator, {
    method: 'POST',
    url: `/api/analysis/projects/${project.id}/stories`,
    payload: { storyIds: [storyId] },
  });
  if (added.statusCode >= 300)
    throw new Error(`adding the story answered ${added.statusCode}: ${added.body}`);
  const codebook = await t.as(coordinator, {
    method: 'GET',
    url: `/api/analysis/codebooks/${project.codebookId}`,
  });
  const codeId = expectStatus<{ codes: { id: string }[] }>('reading the codebook', codebook, 200).codes[0]
    ?.id;
  const applied = await t.as(coordinator, {
    method: 'POST',
    url: `/api/analysis/projects/${project.id}/applications`,
    payload: { storyId, codeId, start: 0, end: 20, source: 'person' },
  });
  expectStatus('coding the story', applied, 201);
  const theme = await t.as(coordinator, {
    method: 'POST',
    url: `/api/analysis/projects/${project.id}/themes`,
    payload: { name: 'Walking together', codeIds: [codeId] },
  });
  if (theme.statusCode >= 300) throw new Error(`making a theme answered ${theme.statusCode}: ${theme.body}`);
  const themeId = theme.json<{ themes: { id: string }[] }>().themes[0]?.id;
  const written = await t.as(coordinator, {
    method: 'POST',
    url: `/api/analysis/projects/${project.id}/messages`,
    payload: { audience: 'decision_makers', text: message.text, themeId },
  });
  if (written.statusCode >= 300) {
    throw new Error(`writing the key message answered ${written.statusCode}: ${written.body}`);
  }
}
