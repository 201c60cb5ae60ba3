// Capture: starting a story (written, or recorded for storytellers without accounts), autosaving
// its draft, and sending it, which checks it for identifying details and for risk.
export { createStory, type CreateStoryInput } from './create-story.js';
export { saveDraft } from './save-draft.js';
export { submitStory } from './submit-story.js';
