import type { Project } from '../../../contracts/analysis.js';
import { analysisResultsStrings } from '../../lib/strings/analysis-results.js';

/** A story's title in the project, or a placeholder for one without a title. */
export function storyTitleIn(project: Project) {
  return (storyId: string) =>
    project.stories.find((story) => story.storyId === storyId)?.title || analysisResultsStrings.untitledStory;
}
