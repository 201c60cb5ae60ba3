// Recordings and transcripts of a story: audio and video kept by content, links to recordings held
// elsewhere, and interview transcripts imported as the draft. (The module's index wires the routes.)
export { deleteMediaOfStory } from './media.repository.js';
