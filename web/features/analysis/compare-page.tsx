import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import {
  AGREEMENT_UNITS,
  CodingViewSchema,
  type AgreementReport,
  type Project,
} from '../../../contracts/analysis.js';
import { Button } from '../../components/button.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { NotFound } from '../../components/not-found.js';
import { PageHeading } from '../../components/page-heading.js';
import { RadioGroup } from '../../components/radio-group.js';
import { StatusMessage } from '../../components/status-message.js';
import { apiRequest, isApiError } from '../../lib/api.js';
import { fieldId, readForm } from '../../lib/form-errors.js';
import { analysisResultsStrings } from '../../lib/strings/analysis-results.js';
import { strings } from '../../lib/strings.js';
import {
  codebookKey,
  codingKey,
  fetchAgreement,
  fetchCodebook,
  fetchProject,
  projectKey,
} from './analysis-api.js';
import './analysis-results.css';

const s = analysisResultsStrings.compare;
const FORM = 'agreement-settings';

type AgreementUnit = (typeof AGREEMENT_UNITS)[number];
interface Settings {
  unit: AgreementUnit;
  suggestions: boolean;
}
interface Disagreement {
  key: string;
  codeId: string;
  codeName: string;
  storyId: string;
  start: number;
  end: number;
}

const agreementKey = (projectId: string, settings: Settings) =>
  [...projectKey(projectId), 'agreement', settings.unit, settings.suggestions] as const;

function errorText(error: unknown): string {
  return isApiError(error) ? error.problem.detail : strings.errors.generic;
}

/** 0.8213 → "82%"; no figure yet → "not enough coding yet". */
function percent(value: number | null): string {
  return value === null ? s.notEnough : `${Math.round(value * 100)}%`;
}

/** Alpha and kappa to two decimal places, with a true minus sign. */
function decimal(value: number | null): string {
  return value === null ? s.notEnough : value.toFixed(2).replace('-', '−');
}

function reading(alpha: number | null): string {
  if (alpha === null) return s.reading.none;
  if (alpha >= 0.8) return s.reading.strong;
  if (alpha >= 0.667) return s.reading.tentative;
  return s.reading.low;
}

/** An id for the element that says a difference was agreed, so focus can move there. */
const agreedId = (key: string) => `agreed-${key}`;

function SettingsForm({ settings, onChange }: { settings: Settings; onChange: (next: Settings) => void }) {
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = readForm(event.currentTarget);
    onChange({
      unit: AGREEMENT_UNITS.find((u) => u === values.unit) ?? 'sentence',
      suggestions: values.suggestions === 'on',
    });
  };
  return (
    <section className="section" aria-labelledby="settings-title">
      <h2 id="settings-title">{s.settingsTitle}</h2>
      <form id={FORM} noValidate onSubmit={onSubmit} className="form">
        <RadioGroup
          id={fieldId(FORM, 'unit')}
          name="unit"
          label={s.unit}
          hint={s.unitHint}
          options={(['sentence', 'character', 'story'] as const).map((u) => ({
            value: u,
            label: s.units[u],
            hint: s.unitHints[u],
          }))}
          defaultValue={settings.unit}
        />
        <div className="field">
          <label className="analysis-checkbox" htmlFor={fieldId(FORM, 'suggestions')}>
            <input
              id={fieldId(FORM, 'suggestions')}
              type="checkbox"
              name="suggestions"
              defaultChecked={settings.suggestions}
              aria-describedby={`${fieldId(FORM, 'suggestions')}-hint`}
            />
            {s.suggestions}
          </label>
          <span className="field__hint" id={`${fieldId(FORM, 'suggestions')}-hint`}>
            {s.suggestionsHint}
          </span>
        </div>
        <Button type="submit">{s.update}</Button>
      </form>
    </section>
  );
}

function Overall({ report, settings }: { report: AgreementReport; settings: Settings }) {
  const names = new Map(report.coders.map((c) => [c.id, c.name]));
  const nameOf = (id: string) => names.get(id) ?? analysisResultsStrings.unknownCoder;
  const { overall } = report;
  return (
    <section className="section" aria-labelledby="overall-title">
      <h2 id="overall-title">{s.overallTitle}</h2>
      <p className="secondary-text">{s.showing(report.unit, settings.suggestions)}</p>
      <p>{s.coders(report.coders.map((c) => c.name))}</p>
      {report.coders.length === 1 ? <p className="callout">{s.oneCoder}</p> : null}
      <dl className="analysis-figures">
        <div className="analysis-figure">
          <dt>{s.percentLabel}</dt>
          <dd className="analysis-figure__value">{percent(overall.percentAgreement)}</dd>
          <dd className="analysis-figure__help">{s.percentHelp}</dd>
        </div>
        <div className="analysis-figure">
          <dt>{s.alphaLabel}</dt>
          <dd className="analysis-figure__value">{decimal(overall.alpha)}</dd>
          <dd className="analysis-figure__help">{s.alphaHelp}</dd>
        </div>
      </dl>
      <p className="analysis-reading">{reading(overall.alpha)}</p>
      <p>{s.basedOn(overall.units, overall.pairableUnits, report.unit)}</p>

      <h3>{s.pairsTitle}</h3>
      {overall.pairs.length === 0 ? (
        <p>{s.noPairs}</p>
      ) : (
        <>
          <div className="table-scroll">
            <table className="table">
              <caption className="visually-hidden">{s.pairsCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{s.pairColumn}</th>
                  <th scope="col">{s.unitsColumn(report.unit)}</th>
                  <th scope="col">{s.agreedColumn}</th>
                  <th scope="col">{s.percentColumn}</th>
                  <th scope="col">{s.kappaColumn}</th>
                </tr>
              </thead>
              <tbody>
                {overall.pairs.map((pair) => (
                  <tr key={`${pair.coderA}-${pair.coderB}`}>
                    <th scope="row">{s.pair(nameOf(pair.coderA), nameOf(pair.coderB))}</th>
                    <td>{pair.units.toLocaleString('en-GB')}</td>
                    <td>{pair.agreed.toLocaleString('en-GB')}</td>
                    <td>{percent(pair.percentAgreement)}</td>
                    <td>{decimal(pair.kappa)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="secondary-text">{s.kappaHelp}</p>
        </>
      )}
    </section>
  );
}

function Codes({ report, codeName }: { report: AgreementReport; codeName: (id: string) => string }) {
  const used = report.codes.filter((c) => c.coders.some((coder) => coder.codedUnits > 0));
  return (
    <section className="section" aria-labelledby="codes-title">
      <h2 id="codes-title">{s.codesTitle}</h2>
      {used.length === 0 ? (
        <p>{s.noCodes}</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{s.codesCaption(report.unit)}</caption>
            <thead>
              <tr>
                <th scope="col">{s.codeColumn}</th>
                <th scope="col">{s.alphaColumn}</th>
                <th scope="col">{s.percentColumn}</th>
                {report.coders.map((coder) => (
                  <th scope="col" key={coder.id}>
                    {s.codedBy(coder.name)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {used.map((code) => (
                <tr key={code.codeId}>
                  <th scope="row">{codeName(code.codeId)}</th>
                  <td>{decimal(code.alpha)}</td>
                  <td>{percent(code.percentAgreement)}</td>
                  {report.coders.map((coder) => (
                    <td key={coder.id}>
                      {(code.coders.find((c) => c.coderId === coder.id)?.codedUnits ?? 0).toLocaleString(
                        'en-GB',
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function Differences({
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
  const storyTitle = (storyId: string) =>
    project.stories.find((story) => story.storyId === storyId)?.title || analysisResultsStrings.untitledStory;

  const agree = useMutation({
    mutationFn: (d: Disagreement) =>
      apiRequest(`/api/analysis/projects/${project.id}/applications`, CodingViewSchema, {
        method: 'POST',
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

function Agreement({
  project,
  settings,
  codeName,
}: {
  project: Project;
  settings: Settings;
  codeName: (id: string) => string;
}) {
  const agreement = useQuery({
    queryKey: agreementKey(project.id, settings),
    queryFn: () => fetchAgreement(project.id, settings.unit, settings.suggestions),
  });
  if (agreement.isPending) return <Loading label={s.updating} />;
  if (agreement.isError)
    return <LoadError error={agreement.error} onRetry={() => void agreement.refetch()} />;
  const report = agreement.data;
  return (
    <>
      <Overall report={report} settings={settings} />
      <Codes report={report} codeName={codeName} />
      <Differences project={project} report={report} codeName={codeName} />
    </>
  );
}

/** Compare and agree: how closely the team's coding matches, and where to talk it through. */
export function ComparePage() {
  const { projectId = '' } = useParams();
  const project = useQuery({ queryKey: projectKey(projectId), queryFn: () => fetchProject(projectId) });
  const codebookId = project.data?.codebookId ?? '';
  const codebook = useQuery({
    queryKey: codebookKey(codebookId),
    queryFn: () => fetchCodebook(codebookId),
    enabled: codebookId !== '',
  });
  const [settings, setSettings] = useState<Settings>({ unit: 'sentence', suggestions: false });

  if (project.isPending) return <Loading />;
  if (project.isError) {
    if (isApiError(project.error, 404)) return <NotFound />;
    return <LoadError error={project.error} onRetry={() => void project.refetch()} />;
  }
  const data = project.data;
  const heading = <PageHeading>{s.titleFor(data.title)}</PageHeading>;

  if (data.blind && !data.comparisonOpen) {
    return (
      <>
        {heading}
        <div className="callout">
          <h2 className="callout__title">{s.blindTitle}</h2>
          <p>{s.blindBody}</p>
          <p>
            <Link to={`/analysis/${data.id}`}>{analysisResultsStrings.backToProject}</Link>
          </p>
        </div>
      </>
    );
  }

  if (codebook.isPending) return <Loading />;
  if (codebook.isError) return <LoadError error={codebook.error} onRetry={() => void codebook.refetch()} />;
  const codes = new Map(codebook.data.codes.map((c) => [c.id, c.name]));
  const codeName = (id: string) => codes.get(id) ?? analysisResultsStrings.unknownCode;

  return (
    <>
      {heading}
      <p>
        <Link to={`/analysis/${data.id}`}>{analysisResultsStrings.backToProject}</Link>
      </p>
      <p className="lead">{s.lead}</p>
      <SettingsForm settings={settings} onChange={setSettings} />
      <Agreement project={data} settings={settings} codeName={codeName} />
    </>
  );
}
