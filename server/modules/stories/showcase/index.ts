// The public showcase: stories with public consent in force, and the collections coordinators
// gather them into. (The module's index wires the routes directly.)
export { addStoryToCollection, createCollection } from './collections.js';
