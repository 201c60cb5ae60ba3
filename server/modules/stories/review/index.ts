// Review: the storyteller or collector decides what identifying details to take out, and the
// storyteller approves the text to share. A lead's withheld sentences are cut from every version.
export { approveStory } from './approve-story.js';
export { createDeidentifiedVersion, saveDeidentifiedVersion } from './deidentified-version.js';
