import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { AUDIENCES, type Project, type Synthesis } from '../../../contracts/analysis.js';
import { analysisResultsStrings } from '../../lib/strings/analysis-results.js';
import { analysisStrings } from '../../lib/strings/analysis.js';
import { Memos } from './memos.js';
import { storyTitleIn } from './story-title.js';

const m = analysisResultsStrings.messages;

/** The key messages for each audience, with the stories behind each, their quotes and memos; then `children` (the form). */
export function KeyMessages({
  project,
  synthesis,
  children,
}: {
  project: Project;
  synthesis: Synthesis;
  children: ReactNode;
}) {
  const storyTitle = storyTitleIn(project);
  const themeNames = new Map(synthesis.themes.map((t) => [t.id, t.name]));
  return (
    <section className="section" aria-labelledby="messages-title">
      <h2 id="messages-title">{m.messagesTitle}</h2>
      {AUDIENCES.map((audience) => {
        const messages = synthesis.messages.filter((message) => message.audience === audience);
        return (
          <section key={audience} aria-labelledby={`audience-${audience}`}>
            <h3 id={`audience-${audience}`}>{analysisResultsStrings.audiences[audience]}</h3>
            {messages.length === 0 ? (
              <p>{m.messagesNone(analysisResultsStrings.audiencesInline[audience])}</p>
            ) : (
              <ul className="analysis-cards analysis-cards--single">
                {messages.map((message) => {
                  const theme = message.themeId ? themeNames.get(message.themeId) : undefined;
                  return (
                    <li key={message.id} className="analysis-card">
                      <p className="analysis-card__title">{message.text}</p>
                      <p>
                        <strong>{m.heardIn(message.stories, synthesis.storiesCoded)}</strong>
                        {theme ? <span className="secondary-text">{` · ${m.fromTheme(theme)}`}</span> : null}
                      </p>
                      {message.quotes.length > 0 ? (
                        <>
                          <p className="visually-hidden">{m.quotesLabel}</p>
                          <ul className="plain-list">
                            {message.quotes.map((quote) => (
                              <li key={quote.applicationId}>
                                <figure className="analysis-quote-figure">
                                  <blockquote className="analysis-quote">{quote.text}</blockquote>
                                  <figcaption className="secondary-text">
                                    <Link to={`/analysis/${project.id}/stories/${quote.storyId}`}>
                                      {m.quoteFrom(storyTitle(quote.storyId))}
                                    </Link>
                                  </figcaption>
                                </figure>
                              </li>
                            ))}
                          </ul>
                        </>
                      ) : null}
                      <details className="analysis-details">
                        <summary>{analysisStrings.memos.onMessage}</summary>
                        <Memos
                          projectId={project.id}
                          targetKind="message"
                          targetId={message.id}
                          label={analysisStrings.memos.thisMessage}
                        />
                      </details>
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        );
      })}
      {children}
    </section>
  );
}
