import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { Assignments, Project } from '../../../contracts/analysis.js';
import { assignmentEndpoints } from '../../../contracts/analysis.endpoints.js';
import { Button } from '../../components/button.js';
import { callEndpoint, errorText } from '../../lib/api.js';
import { strings } from '../../lib/strings.js';
import { analysisStrings } from '../../lib/strings/analysis.js';
import { assignmentsKey, fetchAssignments } from './analysis-api.js';

const s = analysisStrings.assignments;

/** The stories given to the reader, first on the page, with how many they have coded. */
function MyStories({ projectId, data }: { projectId: string; data: Assignments }) {
  if (data.mine.length === 0) return null;
  const coded = data.mine.filter((a) => a.coded).length;
  return (
    <section className="section" aria-labelledby="given-title">
      <h2 id="given-title">{s.mineTitle}</h2>
      <p>{s.mineCount(coded, data.mine.length)}</p>
      <ul className="analysis-stories">
        {data.mine.map((a) => (
          <li key={a.storyId}>
            <Link to={`/analysis/${projectId}/stories/${a.storyId}`}>{a.title}</Link>{' '}
            <span className="secondary-text">({a.coded ? s.coded : s.notCoded})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** For the lead: give stories to a coder, and see who has which story and what is coded. */
function GiveStories({
  project,
  data,
  onDone,
}: {
  project: Project;
  data: Assignments;
  onDone: (message: string) => void;
}) {
  const client = useQueryClient();
  const [error, setError] = useState('');
  const update = (next: Assignments, message: string) => {
    client.setQueryData(assignmentsKey(project.id), next);
    onDone(message);
  };
  const give = useMutation({
    mutationFn: (body: { coderId: string; storyIds: string[] }) =>
      callEndpoint(assignmentEndpoints.assign, { params: { projectId: project.id }, body }),
    onSuccess: (next) => update(next, s.given),
    onError: (e) => onDone(errorText(e)),
  });
  const takeBack = useMutation({
    mutationFn: (key: { storyId: string; coderId: string }) =>
      callEndpoint(assignmentEndpoints.unassign, { params: { projectId: project.id, ...key } }),
    onSuccess: (next) => update(next, s.removed),
    onError: (e) => onDone(errorText(e)),
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const storyIds = form.getAll('storyId').map(String);
    if (storyIds.length === 0) {
      setError(s.chooseStory);
      return;
    }
    setError('');
    give.mutate({ coderId: String(form.get('coderId') ?? ''), storyIds });
  };
  return (
    <section className="section" aria-labelledby="give-title">
      <h2 id="give-title">{s.giveTitle}</h2>
      <p className="field__hint">{s.giveLead}</p>
      <form onSubmit={onSubmit} aria-labelledby="give-title" noValidate>
        <div className="field">
          <label className="field__label" htmlFor="give-coder">
            {s.coder}
          </label>
          <select id="give-coder" name="coderId" className="field__input">
            {data.team.map((person) => (
              <option key={person.personId} value={person.personId}>
                {person.name}
              </option>
            ))}
          </select>
        </div>
        <fieldset aria-describedby={error ? 'give-error' : undefined}>
          <legend>{s.stories}</legend>
          {error ? (
            <p id="give-error" className="field__error">
              {error}
            </p>
          ) : null}
          {project.stories.map((story) => (
            <label key={story.storyId} className="checkbox">
              <input type="checkbox" name="storyId" value={story.storyId} />
              <span>{story.title}</span>
            </label>
          ))}
        </fieldset>
        <Button type="submit" isPending={give.isPending} pendingLabel={strings.common.saving}>
          {s.give}
        </Button>
      </form>
      <h3>{s.whoTitle}</h3>
      {data.all.length === 0 ? (
        <p>{s.nobody}</p>
      ) : (
        <ul className="analysis-stories">
          {data.all.map((a) => (
            <li key={`${a.storyId}-${a.coderId}`}>
              {a.title}: {a.coderName}{' '}
              <span className="secondary-text">({a.coded ? s.coded : s.notCoded})</span>{' '}
              <Button
                variant="secondary"
                aria-label={s.remove(a.title, a.coderName)}
                onPress={() => takeBack.mutate({ storyId: a.storyId, coderId: a.coderId })}
              >
                {s.removeShort}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function useAssignments(projectId: string) {
  return useQuery({ queryKey: assignmentsKey(projectId), queryFn: () => fetchAssignments(projectId) });
}

/** The stories given to the reader: the first thing a coder sees on the project. */
export function StoriesGivenToYou({ project }: { project: Project }) {
  const query = useAssignments(project.id);
  return query.data ? <MyStories projectId={project.id} data={query.data} /> : null;
}

/** For the lead only: the control to give stories to coders. */
export function GiveStoriesToCoders({
  project,
  onDone,
}: {
  project: Project;
  onDone: (message: string) => void;
}) {
  const query = useAssignments(project.id);
  return query.data?.mayAssign ? <GiveStories project={project} data={query.data} onDone={onDone} /> : null;
}
