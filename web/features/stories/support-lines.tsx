import type { ReactNode } from 'react';
import { DEFAULT_SUPPORT_LINES, type StoryResponse } from '../../../contracts/stories.js';
import { useRegionT } from '../../lib/i18n/pages.js';
import type { MessageKey } from '../../lib/i18n/i18n.js';
import { STORYTELLERS_WORDS } from './story-words.js';

type Line = NonNullable<StoryResponse['supportLines']>[number];
type NationalLine = (typeof DEFAULT_SUPPORT_LINES)[number];
type NationalKey = Extract<MessageKey, `stories.supportLines.${string}.${'contact' | 'hours'}`>;

/** How to reach each national line and when, in the catalogue; their names stay as they are. */
const NATIONAL_WORDS: Record<string, { contact: NationalKey; hours: NationalKey }> = {
  Samaritans: {
    contact: 'stories.supportLines.samaritans.contact',
    hours: 'stories.supportLines.samaritans.hours',
  },
  'Breathing Space': {
    contact: 'stories.supportLines.breathingSpace.contact',
    hours: 'stories.supportLines.breathingSpace.hours',
  },
  Shout: { contact: 'stories.supportLines.shout.contact', hours: 'stories.supportLines.shout.hours' },
  'NHS 111': { contact: 'stories.supportLines.nhs111.contact', hours: 'stories.supportLines.nhs111.hours' },
};

/** One of Cairn's national lines, word for word, so it can be said in the reader's language. */
function nationalLine(line: Line): NationalLine | undefined {
  return DEFAULT_SUPPORT_LINES.find(
    (national) =>
      national.name === line.name && national.contact === line.contact && national.hours === line.hours,
  );
}

/** The number in a line's words ("Ffoniwch 116 123"), kept whole and read left to right in any language. */
function withWholeNumber(words: string, national: NationalLine): ReactNode {
  const number = /\d[\d ]*\d/.exec(national.contact)?.[0];
  const at = number ? words.indexOf(number) : -1;
  if (!number || at < 0) return words;
  return (
    <>
      {words.slice(0, at)}
      <bdi dir="ltr" className="support-lines__number">
        {number}
      </bdi>
      {words.slice(at + number.length)}
    </>
  );
}

/**
 * Shown to a storyteller when their story suggests they may be struggling now: kind, plain and first,
 * in their language. Cairn's national lines are said in it too (their names and numbers as they
 * are); an organisation's own lines keep the language and direction it wrote them in.
 */
export function SupportLines({ lines }: { lines: StoryResponse['supportLines'] }) {
  const t = useRegionT();
  if (!lines || lines.length === 0) return null;
  return (
    <section className="callout support-lines" aria-labelledby="support-lines-title">
      <h2 className="callout__title" id="support-lines-title">
        {t('stories.supportLines.title')}
      </h2>
      <p>{t('stories.supportLines.lead')}</p>
      <ul className="plain-list">
        {lines.map((line) => {
          const national = nationalLine(line);
          const words = national ? NATIONAL_WORDS[national.name] : undefined;
          return national && words ? (
            <li key={line.name}>
              <strong lang="en-GB" dir="ltr">
                {line.name}
              </strong>
              : {withWholeNumber(t(words.contact), national)}{' '}
              <span className="secondary-text">({t(words.hours)})</span>
            </li>
          ) : (
            <li key={line.name} {...STORYTELLERS_WORDS}>
              <strong>{line.name}</strong>: {line.contact}
              {line.hours ? <span className="secondary-text"> ({line.hours})</span> : null}
            </li>
          );
        })}
      </ul>
      <p>{t('stories.supportLines.emergency')}</p>
    </section>
  );
}
