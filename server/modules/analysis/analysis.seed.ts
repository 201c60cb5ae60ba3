import {
  AddStoriesRequestSchema,
  CreateApplicationRequestSchema,
  CreateKeyMessageRequestSchema,
  CreateProjectRequestSchema,
  CreateThemeRequestSchema,
} from '../../../contracts/analysis.js';
import type { ModuleContext } from '../../kernel/module.js';
import { demoActor } from '../people/index.js';
import { buildUnits } from './agreement.js';
import { getCodebook } from './codebooks.js';
import { applyCode, getCodingView } from './coding.js';
import { addStories, createProject } from './projects.js';
import { suggest } from './suggestions.js';
import { addKeyMessage, addTheme } from './themes-and-messages.js';

/**
 * A demo project: the peer supporter has started coding the demo stories shared for analysis, blind,
 * with the text toolkit's suggestions waiting to be accepted or rejected, a first theme and a key
 * message for decision makers that co-production can bring into "You said, we did". Each input is
 * checked as the routes check it.
 */
export async function seedAnalysisDemo(context: ModuleContext): Promise<void> {
  const peer = await demoActor(context, 'peer@cairn.example');
  const organisationId = peer.memberships[0]?.organisationId;
  if (!organisationId) throw new Error('the demo peer supporter has no organisation');
  const created = await createProject(
    context,
    peer,
    CreateProjectRequestSchema.parse({
      organisationId,
      title: 'What helps recovery in Riverside',
      question: 'What helps people in Riverside in their recovery, and what gets in the way?',
      blind: true,
    }),
  );
  const project = await addStories(context, peer, created.id, AddStoriesRequestSchema.parse({ all: true }));
  const codebook = await getCodebook(context, peer, project.codebookId);
  const codeNamed = (name: string) => codebook.codes.find((c) => c.name === name)?.id ?? '';
  const plan = ['Connectedness', 'Hope and optimism', 'Identity'];
  for (const story of project.stories.slice(0, 2)) {
    const view = await getCodingView(context, peer, project.id, story.storyId);
    const sentences = buildUnits(view.text, 'sentence');
    for (const [index, name] of plan.entries()) {
      const sentence = sentences[index];
      if (!sentence) break;
      await applyCode(
        context,
        peer,
        project.id,
        CreateApplicationRequestSchema.parse({
          storyId: story.storyId,
          codeId: codeNamed(name),
          start: sentence.start,
          end: sentence.end,
        }),
      );
    }
  }
  await suggest(context, peer, project.id);
  const synthesis = await addTheme(
    context,
    peer,
    project.id,
    CreateThemeRequestSchema.parse({
      name: 'Somewhere to belong',
      description: 'Groups, walks and cafés where people are met as equals.',
      codeIds: [codeNamed('Connectedness')],
    }),
  );
  await addKeyMessage(
    context,
    peer,
    project.id,
    CreateKeyMessageRequestSchema.parse({
      audience: 'decision_makers',
      text: 'Keep peer groups running in every neighbourhood: belonging somewhere is what people say keeps them going.',
      themeId: synthesis.themes[0]?.id ?? null,
    }),
  );
}
