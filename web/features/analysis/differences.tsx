import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { AgreementReport, Project } from '../../../contracts/analysis.js';
import { codingEndpoints } from '../../../contracts/analysis.endpoints.js';
import { Button } from '../../components/button.js';
import { StatusMessage } from '../../components/status-message.js';
import { callEndpoint, errorText } from '../../lib/api.js';
import { analysisResultsStrings } from '../../lib/strings/analysis-results.js';
import { codingKey, projectKey } from './analysis-api.js';
import { storyTitleIn } from './story-title.js';

const s = analysisResultsStrings.compare;

interface Disagreement {
  key: string;
  codeId: string;
  codeName: string;
  storyId: string;
  start: number;
  end: number;
}

/** An id for the element that says a difference was agreed, so focus can move there. */
const agreedId = (key: string) => `agreed-${key}`;

/** Where coders differ, each with a button to agree it as the team's consensus. */
export function Differences({
  project,
  report,
  codeName,
}: {
  project: Project;
  report: AgreementReport;
  codeName: (id: string) => string;
}) {
  const client = useQueryClient();
  const [message, setMessage] = useState('');
  const [agreed, setAgreed] = useState<ReadonlySet<string>>(new Set());
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const names = new Map(report.coders.map((c) => [c.id, c.name]));
  const namesOf = (ids: readonly string[]) =>
    ids.map((id) => names.get(id) ?? analysisResultsStrings.unknownCoder);
  const storyTitle = storyTitleIn(project);

  const agree = useMutation({
    mutationFn: (d: Disagreement) =>
      callEndpoint(codingEndpoints.apply, {
        params: { projectId: project.id },
        body: { storyId: d.storyId, codeId: d.codeId, start: d.start, end: d.end, source: 'consensus' },
      }),
    onSuccess: (view, d) => {
      client.setQueryData(codingKey(project.id, d.storyId), view);
      setAgreed((previous) => new Set(previous).add(d.key));
      setFocusKey(d.key);
      setMessage(s.agreedStatus(d.codeName, storyTitle(d.storyId)));
      // The figures, the project's counts and the synthesis all include the team's agreed coding.
      void client.invalidateQueries({ queryKey: projectKey(project.id) });
    },
    onError: (error) => setMessage(errorText(error)),
  });

  useEffect(() => {
    if (focusKey) document.getElementById(agreedId(focusKey))?.focus();
  }, [focusKey]);

  const withDifferences = report.codes.filter((c) => c.disagreements.length > 0);
  return (
    <section className="section" aria-labelledby="differ-title">
      <h2 id="differ-title">{s.differTitle}</h2>
      {withDifferences.length === 0 ? (
        <p>{s.differNone}</p>
      ) : (
        <>
          <p>{s.differLead}</p>
          <StatusMessage>{message || null}</StatusMessage>
          {withDifferences.map((code) => {
            const name = codeName(code.codeId);
            return (
              <section key={code.codeId} aria-labelledby={`differ-${code.codeId}`}>
                <h3 id={`differ-${code.codeId}`}>
                  {name} <span className="secondary-text">({s.differCount(code.disagreements.length)})</span>
                </h3>
                <ul className="analysis-differences">
                  {code.disagreements.map((d) => {
                    const key = `${code.codeId}-${d.storyId}-${d.start}-${d.end}`;
                    const quoteId = `quote-${key}`;
                    return (
                      <li key={key} className="analysis-difference">
                        <p className="analysis-difference__story">
                          <Link to={`/analysis/${project.id}/stories/${d.storyId}`}>
                            {storyTitle(d.storyId)}
                          </Link>
                        </p>
                        <blockquote id={quoteId} className="analysis-quote">
                          {d.text}
                        </blockquote>
                        <p className="analysis-difference__who">
                          {s.appliedBy(namesOf(d.appliedBy))} {s.notAppliedBy(namesOf(d.notAppliedBy))}
                        </p>
                        {agreed.has(key) ? (
                          <p id={agreedId(key)} tabIndex={-1} className="analysis-agreed">
                            {s.agreed(name)}
                          </p>
                        ) : (
                          <Button
                            variant="secondary"
                            aria-describedby={quoteId}
                            isPending={agree.isPending && agree.variables?.key === key}
                            pendingLabel={s.agreeing}
                            onPress={() =>
                              agree.mutate({
                                key,
                                codeId: code.codeId,
                                codeName: name,
                                storyId: d.storyId,
                                start: d.start,
                                end: d.end,
                              })
                            }
                          >
                            {s.agree(name)}
                          </Button>
                        )}
                      </li>
                    );
                  })}
                </ul>
              </section>
            );
          })}
        </>
      )}
    </section>
  );
}
