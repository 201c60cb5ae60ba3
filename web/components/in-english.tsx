import type { ReactNode } from 'react';
import { EnglishPage } from '../lib/i18n/i18n.js';

/**
 * A part of a translated page that is still English only: marked English, left to right, so a screen
 * reader reads it with an English voice and an Urdu page keeps it readable, and the shared pieces
 * inside it (useRegionWords) speak English to match.
 */
export function InEnglish({ children }: { children: ReactNode }) {
  return (
    <div lang="en-GB" dir="ltr">
      <EnglishPage.Provider value>{children}</EnglishPage.Provider>
    </div>
  );
}
