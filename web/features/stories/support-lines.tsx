import type { StoryResponse } from '../../../contracts/stories.js';
import { storiesStrings } from '../../lib/strings/stories.js';

/** Shown to a storyteller when their story suggests they may be struggling now: kind, plain and first. */
export function SupportLines({ lines }: { lines: StoryResponse['supportLines'] }) {
  if (!lines || lines.length === 0) return null;
  const s = storiesStrings.supportLines;
  return (
    <section className="callout support-lines" aria-labelledby="support-lines-title">
      <h2 className="callout__title" id="support-lines-title">
        {s.title}
      </h2>
      <p>{s.lead}</p>
      <ul className="plain-list">
        {lines.map((line) => (
          <li key={line.name}>
            <strong>{line.name}</strong>: {line.contact}
            {line.hours ? <span className="secondary-text"> ({line.hours})</span> : null}
          </li>
        ))}
      </ul>
      <p>{s.emergency}</p>
    </section>
  );
}
