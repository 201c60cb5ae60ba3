import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { AGREEMENT_UNITS, type Project } from '../../../contracts/analysis.js';
import { Button } from '../../components/button.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { NotFound } from '../../components/not-found.js';
import { PageHeading } from '../../components/page-heading.js';
import { RadioGroup } from '../../components/radio-group.js';
import { isApiError } from '../../lib/api.js';
import { fieldId, readForm } from '../../lib/form-errors.js';
import { analysisResultsStrings } from '../../lib/strings/analysis-results.js';
import {
  codebookKey,
  fetchAgreement,
  fetchCodebook,
  fetchProject,
  projectKey,
  type AgreementUnit,
} from './analysis-api.js';
import { Codes, Overall } from './agreement-figures.js';
import { Differences } from './differences.js';
import './analysis-results.css';

const s = analysisResultsStrings.compare;
const FORM = 'agreement-settings';

interface Settings {
  unit: AgreementUnit;
  suggestions: boolean;
}

const agreementKey = (projectId: string, settings: Settings) =>
  [...projectKey(projectId), 'agreement', settings.unit, settings.suggestions] as const;

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
      <Overall report={report} suggestions={settings.suggestions} />
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
