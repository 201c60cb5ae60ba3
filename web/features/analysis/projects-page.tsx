import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import type { z } from 'zod';
import { CreateProjectRequestSchema } from '../../../contracts/analysis.js';
import { projectEndpoints } from '../../../contracts/analysis.endpoints.js';
import { Button } from '../../components/button.js';
import { CheckboxField } from '../../components/checkbox-field.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { Loading } from '../../components/loading.js';
import { NotFound } from '../../components/not-found.js';
import { PageHeading } from '../../components/page-heading.js';
import { QueryResult } from '../../components/query-result.js';
import { RadioGroup } from '../../components/radio-group.js';
import { TextField } from '../../components/text-field.js';
import { callEndpoint } from '../../lib/api.js';
import { useContractForm } from '../../lib/contract-form.js';
import { formatDate } from '../../lib/format.js';
import { fieldId } from '../../lib/form-errors.js';
import { noticeState } from '../../lib/notice.js';
import { useMe } from '../../lib/session.js';
import { analysisStrings } from '../../lib/strings/analysis.js';
import { fetchProjects, projectsKey } from './analysis-api.js';
import { mayAnalyse } from './access.js';
import './analysis.css';

const s = analysisStrings.projects;
const FORM = 'new-project';
const FIELDS = ['organisationId', 'title', 'question', 'blind', 'startFrom'] as const;
const ANALYST_ROLES = new Set(['peer_supporter', 'facilitator', 'coordinator']);

/** The analysis projects a peer researcher can work on, and a short form to start one. */
export function ProjectsPage() {
  const me = useMe();
  const navigate = useNavigate();
  const client = useQueryClient();
  const allowed = mayAnalyse(me.data);
  const organisations = [
    ...new Map(
      (me.data?.memberships ?? [])
        .filter((m) => ANALYST_ROLES.has(m.role))
        .map((m) => [m.organisationId, m.organisationName]),
    ),
  ].map(([id, name]) => ({ id, name }));
  const form = useContractForm({
    schema: CreateProjectRequestSchema,
    fields: FIELDS,
    fallbackField: 'title',
    emptyMessages: { title: s.nameMissing },
    toRequest: (values) => ({
      organisationId: values.organisationId ?? organisations[0]?.id ?? '',
      title: values.title ?? '',
      question: values.question ?? '',
      blind: values.blind === 'on',
      startFrom: values.startFrom === 'empty' ? 'empty' : 'chime',
    }),
  });
  const list = useQuery({ queryKey: projectsKey, queryFn: fetchProjects, enabled: allowed });
  const create = useMutation({
    mutationFn: (body: z.output<typeof CreateProjectRequestSchema>) =>
      callEndpoint(projectEndpoints.create, { body }),
    onSuccess: (project) => {
      void client.invalidateQueries({ queryKey: projectsKey });
      void navigate(`/analysis/${project.id}`, { state: noticeState(s.created(project.title)) });
    },
    onError: (error) => form.fromProblem(error),
  });

  if (me.isPending) return <Loading />;
  if (!allowed) return <NotFound />;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = form.parse(event.currentTarget);
    if (body) create.mutate(body);
  };

  return (
    <>
      <PageHeading hasErrors={form.errors.length > 0}>{s.title}</PageHeading>
      <p className="lead">{s.lead}</p>
      <QueryResult query={list} isEmpty={(data) => data.projects.length === 0} empty={<p>{s.none}</p>}>
        {(data) => (
          <ul className="record-list">
            {data.projects.map((project) => (
              <li key={project.id} className="record">
                <h2 className="card__title">
                  <Link to={`/analysis/${project.id}`}>{project.title}</Link>
                </h2>
                {project.question ? <p>{project.question}</p> : null}
                <p className="secondary-text">
                  {[
                    s.stories(project.stories),
                    project.blind ? (project.comparisonOpen ? s.open : s.blind) : s.together,
                    formatDate(project.createdAt),
                  ].join(' · ')}
                </p>
              </li>
            ))}
          </ul>
        )}
      </QueryResult>

      {organisations.length > 0 ? (
        <section className="section narrow" aria-labelledby="new-project-heading">
          <h2 id="new-project-heading">{s.newTitle}</h2>
          <ErrorSummary formId={FORM} errors={form.errors} />
          <form id={FORM} noValidate onSubmit={onSubmit} className="form">
            {organisations.length > 1 ? (
              <RadioGroup
                id={fieldId(FORM, 'organisationId')}
                name="organisationId"
                label={s.organisation}
                options={organisations.map((o) => ({ value: o.id, label: o.name }))}
                defaultValue={organisations[0]?.id ?? ''}
              />
            ) : (
              <input type="hidden" name="organisationId" value={organisations[0]?.id ?? ''} />
            )}
            <TextField
              id={fieldId(FORM, 'title')}
              name="title"
              label={s.name}
              hint={s.nameHint}
              error={form.errorFor('title')}
            />
            <TextField
              id={fieldId(FORM, 'question')}
              name="question"
              label={s.question}
              hint={s.questionHint}
              error={form.errorFor('question')}
              multiline
            />
            <CheckboxField
              id={fieldId(FORM, 'blind')}
              name="blind"
              label={s.blindLabel}
              hint={s.blindHint}
              defaultChecked
            />
            <RadioGroup
              id={fieldId(FORM, 'startFrom')}
              name="startFrom"
              label={s.startFrom}
              options={[
                { value: 'chime', label: s.startChime, hint: s.startChimeHint },
                { value: 'empty', label: s.startEmpty, hint: s.startEmptyHint },
              ]}
              defaultValue="chime"
            />
            <Button type="submit" isPending={create.isPending} pendingLabel={s.submitting}>
              {s.submit}
            </Button>
          </form>
        </section>
      ) : null}
    </>
  );
}
