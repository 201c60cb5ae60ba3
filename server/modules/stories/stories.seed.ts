import {
  ConfirmationRequestSchema,
  ConsentEventRequestSchema,
  CreateStoryRequestSchema,
} from '../../../contracts/stories.js';
import type { ModuleContext } from '../../kernel/module.js';
import { demoActor, findOrganisationsOfPartnership } from '../people/index.js';
import { createStory, submitStory } from './capture/index.js';
import { requestConfirmation } from './consent/confirmations.js';
import { recordConsent } from './consent/record-consent.js';
import { confirmByReference } from './consent/storyteller-answer.js';
import { approveStory, createDeidentifiedVersion } from './review/index.js';
import { addStoryToCollection, createCollection } from './showcase/index.js';

type DemoStory = {
  by: 'member' | 'peer';
  channel: 'written' | 'one_to_one_interview' | 'group_sharing' | 'writing_group' | 'video_interview';
  title: string;
  text: string;
  storytellerNames?: string[];
  /** How far the story gets: draft, submitted, reviewed (in review), or approved with a consent tier. */
  stage: 'draft' | 'submitted' | 'reviewed' | 'approved' | 'withdrawn';
  tier?: 'analysis' | 'partners' | 'public';
  identification?: 'anonymous' | 'pseudonym' | 'first_name';
  pseudonym?: string;
};

// Every person and place here is invented; phone numbers are in Ofcom's drama range.
const DEMO_STORIES: DemoStory[] = [
  {
    by: 'member',
    channel: 'written',
    title: 'The kettle was always on',
    stage: 'approved',
    tier: 'public',
    identification: 'pseudonym',
    pseudonym: 'Wren',
    text:
      'The first time I walked into the drop-in I nearly turned round at the door. Someone I had never met said ' +
      '"kettle is on, sit wherever you like", and that was it. Nobody asked me why I was there. Two years on I ' +
      'still go every Thursday, only now I am the one putting the kettle on. I have my own keys and a rota with my ' +
      'name on it. It sounds small but it is the first time in years I have felt trusted.',
  },
  {
    by: 'member',
    channel: 'written',
    title: 'Learning to ask',
    stage: 'approved',
    tier: 'public',
    identification: 'anonymous',
    text:
      'For a long time I thought asking for help meant I had failed. My peer supporter, Fiona Gillespie, told me ' +
      'she used to think the same. We started with a walk once a week. Then a cooking group. Now I am doing the ' +
      'peer support course myself and I hope to start in the spring. I believe recovery is possible because I ' +
      'watched it happen in someone else first, and then in me.',
  },
  {
    by: 'peer',
    channel: 'one_to_one_interview',
    title: 'Back on the allotment',
    storytellerNames: ['Davie'],
    stage: 'approved',
    tier: 'public',
    identification: 'first_name',
    text:
      'Davie: I grew up with my granda on an allotment. When things got bad I forgot all that. The recovery ' +
      'community has a plot now and I go up most mornings. There is something about getting your hands in the soil. ' +
      'I am not the man who was drinking in the park any more. I am the man who grows the best leeks on the site.',
  },
  {
    by: 'member',
    channel: 'written',
    title: 'What the café gave me',
    stage: 'approved',
    tier: 'partners',
    text:
      'I did a work placement at the community café. Six months of early starts. It gave me a reason to get up and ' +
      'a reference when I applied for my job. The manager kept telling me I was good at this. I did not believe her ' +
      'at first, but by the end I did. I want the health board to know that placements like this work.',
  },
  {
    by: 'member',
    channel: 'written',
    title: 'Finding words',
    stage: 'approved',
    tier: 'analysis',
    text:
      'Writing has helped me make sense of the years I lost. At the writing group we read our pieces out loud. The ' +
      'first time my voice shook. Now I look forward to it. I have stopped seeing myself only as someone with a ' +
      'problem. I am a writer too, and a mum, and a friend.',
  },
  {
    by: 'peer',
    channel: 'group_sharing',
    title: 'Tuesday group, autumn',
    storytellerNames: ['Ailsa', 'Tam', 'Jo'],
    stage: 'approved',
    tier: 'analysis',
    text:
      'Ailsa: What keeps me coming is that nobody here looks down on you.\n' +
      'Tam: Aye, and you can just sit. You do not have to talk.\n' +
      'Jo: I started talking after about a month. Now I cannot stop.',
  },
  {
    by: 'peer',
    channel: 'writing_group',
    title: 'A letter to myself, five years ago',
    storytellerNames: ['Anonymous writer'],
    stage: 'approved',
    tier: 'public',
    identification: 'anonymous',
    text:
      'Dear me. I know you cannot see it yet. I know the mornings are the worst. But there is a door on the high ' +
      'street with a ramp and a bell that does not work, and behind it there are people who will not give up on ' +
      'you. Go in. Have the tea. Come back next week. You will be glad you did.',
  },
  {
    by: 'member',
    channel: 'written',
    title: 'Not ready yet',
    stage: 'withdrawn',
    text:
      'I wrote this when I was feeling brave. I may share it one day, but not now, and that is fine. I am keeping ' +
      'it for myself.',
  },
  {
    by: 'member',
    channel: 'written',
    title: 'Under review',
    stage: 'reviewed',
    text:
      'My name is Lorna and you can reach me on 07700 900112. I have been sober since the 9th of October 2021. The ' +
      'peer group helped me believe things could change.',
  },
  {
    by: 'member',
    channel: 'written',
    title: 'Just sent in',
    stage: 'submitted',
    text:
      'I moved to the area last year and knew nobody. The walking group on a Saturday changed that. Now I have ' +
      'people to text when I am having a hard day.',
  },
  {
    by: 'member',
    channel: 'written',
    title: 'Still writing',
    stage: 'draft',
    text: 'I am not sure how to start this. Maybe with the day I',
  },
  {
    by: 'peer',
    channel: 'video_interview',
    title: 'Interview: rebuilding',
    storytellerNames: ['Kerry'],
    stage: 'approved',
    tier: 'public',
    identification: 'first_name',
    text:
      'Kerry: When I came out of hospital I did not know who I was any more. The peer support team helped me set ' +
      'small goals. Get the bus. Go to the library. Now I volunteer at the library two days a week and I am ' +
      'thinking about college. I feel like I am in charge of my own life again.',
  },
];

/** A dozen fictional stories in every state and consent tier, made through the same use cases people use. */
export async function seedStoriesDemo(context: ModuleContext): Promise<void> {
  const member = await demoActor(context, 'member@cairn.example');
  const peer = await demoActor(context, 'peer@cairn.example');
  const organisationId = member.memberships[0]?.organisationId;
  if (!organisationId || !member.partnershipId) throw new Error('the demo member has no organisation');
  const partners = (await findOrganisationsOfPartnership(context.db, member.partnershipId)).filter(
    (o) => o.id !== organisationId,
  );
  const published: string[] = [];
  for (const demo of DEMO_STORIES) {
    const actor = demo.by === 'member' ? member : peer;
    const { story } = await createStory(
      context,
      actor,
      CreateStoryRequestSchema.parse({
        organisationId,
        channel: demo.channel,
        title: demo.title,
        text: demo.text,
        storytellerNames: demo.storytellerNames ?? [],
      }),
      undefined,
    );
    if (demo.stage === 'draft') continue;
    const { findings } = await submitStory(context, actor, story.id, undefined);
    if (demo.stage === 'submitted') continue;
    await createDeidentifiedVersion(
      context,
      actor,
      story.id,
      findings.map((f) => ({
        start: f.start,
        end: f.end,
        action: 'redact' as const,
        replacement: f.replacement,
      })),
    );
    if (demo.stage === 'reviewed') continue;
    if (demo.stage === 'withdrawn') {
      const withdrawal = ConsentEventRequestSchema.parse({ action: 'withdraw', method: 'digital' });
      await recordConsent(context, actor, story.id, withdrawal);
      continue;
    }
    const tier = demo.tier ?? 'analysis';
    const choice = {
      tier,
      identification: demo.identification ?? 'anonymous',
      ...(demo.pseudonym ? { pseudonym: demo.pseudonym } : {}),
      ...(tier === 'partners'
        ? {
            partnerOrganisationIds: partners.slice(0, 2).map((o) => o.id),
            purpose: 'Evidence for the health board on work placements',
          }
        : {}),
    };
    if (demo.by === 'peer' && (tier === 'partners' || tier === 'public')) {
      // A storyteller without an account confirms sharing beyond the organisation themselves: here,
      // by reading back the reference on the consent record the peer supporter printed for them.
      const { confirmation } = await requestConfirmation(
        context,
        actor,
        story.id,
        ConfirmationRequestSchema.parse({ ...choice, method: 'written', send: 'print' }),
      );
      await confirmByReference(context, actor, story.id, confirmation.reference);
      if (tier === 'public') published.push(story.id);
      continue;
    }
    const grant = ConsentEventRequestSchema.parse({
      action: 'grant',
      ...choice,
      method: demo.by === 'member' ? 'digital' : 'written',
      wordingVersion: 'cairn-1',
    });
    await recordConsent(context, actor, story.id, grant);
    await approveStory(context, actor, story.id);
    if (demo.tier === 'public') published.push(story.id);
  }
  const coordinator = await demoActor(context, 'coordinator@cairn.example');
  const collection = await createCollection(context, coordinator, {
    title: 'Celebrating recovery 2026',
    description: 'Stories shared at the partnership’s recovery celebration in September.',
  });
  for (const storyId of published) await addStoryToCollection(context, coordinator, collection.id, storyId);
}
