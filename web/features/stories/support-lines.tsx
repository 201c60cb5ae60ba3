import type { ReactNode } from 'react';
import { nationalSupportLineWords, type StoryResponse } from '../../../contracts/stories.js';
import { useRegionT } from '../../lib/i18n/pages.js';
import { STORYTELLERS_WORDS } from './story-words.js';

/** The number in a line's words ("Ffoniwch 116 123"), kept whole and read left to right in any language. */
function withWholeNumber(words: string, number: string | undefined): ReactNode {
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
          const words = nationalSupportLineWords(line);
          return words ? (
            <li key={line.name}>
              <strong lang="en-GB" dir="ltr">
                {line.name}
              </strong>
              : {withWholeNumber(t(words.contact), words.number)}{' '}
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
