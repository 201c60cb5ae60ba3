// What the signed-in menu and home page offer for this part of Cairn. Kept apart from routes.tsx,
// which every visitor loads, so the words these need arrive only for people who are signed in.
import { sectionNames } from '../../lib/strings/sections.js';

/** Everyone, signed in or not, may open the showcase. */
export const showcaseNavItems: { to: string; label: string }[] = [
  { to: '/showcase', label: sectionNames.readStories },
];
