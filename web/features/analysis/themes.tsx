import type { ReactNode } from 'react';
import type { Code, Synthesis } from '../../../contracts/analysis.js';
import { analysisResultsStrings } from '../../lib/strings/analysis-results.js';
import { TableScroll } from '../../components/table-scroll.js';

const m = analysisResultsStrings.messages;

/** The themes, each with the number of stories it was found in, as cards, a chart and a table; then `children` (the form). */
export function Themes({
  synthesis,
  codes,
  children,
}: {
  synthesis: Synthesis;
  codes: readonly Code[];
  children: ReactNode;
}) {
  const codeNames = new Map(codes.map((c) => [c.id, c.name]));
  const of = synthesis.storiesCoded;
  const max = Math.max(1, of, ...synthesis.themes.map((t) => t.stories));
  return (
    <section className="section" aria-labelledby="themes-title">
      <h2 id="themes-title">{m.themesTitle}</h2>
      {synthesis.themes.length === 0 ? (
        <p>{m.themesNone}</p>
      ) : (
        <>
          <ul className="analysis-cards">
            {synthesis.themes.map((theme) => (
              <li key={theme.id} className="analysis-card">
                <p className="analysis-card__title">{theme.name}</p>
                {theme.description ? <p>{theme.description}</p> : null}
                <p>
                  <strong>{m.themeStories(theme.stories, of)}</strong>
                </p>
                <p className="secondary-text">
                  {m.themeCodes(
                    theme.codeIds.map((id) => codeNames.get(id) ?? analysisResultsStrings.unknownCode),
                  )}
                </p>
              </li>
            ))}
          </ul>
          <div className="analysis-results">
            <figure className="analysis-chart">
              <figcaption className="visually-hidden">{m.chartCaption}</figcaption>
              <ul className="analysis-chart__bars" aria-hidden="true">
                {synthesis.themes.map((theme) => (
                  <li key={theme.id}>
                    <div className="analysis-chart__label">
                      <span>{theme.name}</span>
                      <span className="nowrap">{m.barLabel(theme.stories, of)}</span>
                    </div>
                    <div className="analysis-chart__track">
                      <div
                        className="analysis-chart__bar"
                        style={{ width: `${(theme.stories / max) * 100}%` }}
                      />
                    </div>
                  </li>
                ))}
              </ul>
            </figure>
            <TableScroll label={m.tableCaption}>
              <table className="table">
                <caption className="visually-hidden">{m.tableCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{m.themeColumn}</th>
                    <th scope="col">{m.storiesColumn}</th>
                    <th scope="col">{m.outOfColumn}</th>
                  </tr>
                </thead>
                <tbody>
                  {synthesis.themes.map((theme) => (
                    <tr key={theme.id}>
                      <th scope="row">{theme.name}</th>
                      <td>{theme.stories.toLocaleString('en-GB')}</td>
                      <td>{of.toLocaleString('en-GB')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </div>
        </>
      )}
      {children}
    </section>
  );
}
