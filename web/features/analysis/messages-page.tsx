import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { Link, useParams } from 'react-router';
import type { z } from 'zod';
import {
  AUDIENCES,
  CreateKeyMessageRequestSchema,
  CreateThemeRequestSchema,
  SynthesisSchema,
  type Code,
  type ExcerptListSchema,
  type Project,
  type Synthesis,
} from '../../../contracts/analysis.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { NotFound } from '../../components/not-found.js';
import { PageHeading } from '../../components/page-heading.js';
import { RadioGroup } from '../../components/radio-group.js';
import { StatusMessage } from '../../components/status-message.js';
import { TextField } from '../../components/text-field.js';
import { apiRequest, isApiError } from '../../lib/api.js';
import { errorsFromProblem, fieldId, readForm, useFormErrors } from '../../lib/form-errors.js';
import { analysisResultsStrings } from '../../lib/strings/analysis-results.js';
import { analysisStrings } from '../../lib/strings/analysis.js';
import { strings } from '../../lib/strings.js';
import {
  codebookKey,
  fetchCodebook,
  fetchExcerpts,
  fetchProject,
  fetchSynthesis,
  projectKey,
  synthesisKey,
} from './analysis-api.js';
import { BriefingDownloads } from './briefing-downloads.js';
import { Memos } from './memos.js';
import './analysis-results.css';

const m = analysisResultsStrings.messages;
const THEME_FORM = 'create-theme';
const THEME_FIELDS = ['name', 'description', 'codeIds'] as const;
const MESSAGE_FORM = 'key-message';
const MESSAGE_FIELDS = ['audience', 'text', 'themeId', 'quoteApplicationIds'] as const;
const MAX_QUOTES = 20;
const MAX_RESULTS_SHOWN = 50;

type FormErrors = ReturnType<typeof useFormErrors>;
type Excerpt = z.infer<typeof ExcerptListSchema>['excerpts'][number];
interface CodeNode {
  code: Code;
  children: CodeNode[];
}

/** The codes as a tree: a code whose parent is not in the list sits at the top. */
function codeTree(codes: readonly Code[]): CodeNode[] {
  const ids = new Set(codes.map((c) => c.id));
  const byParent = new Map<string | null, Code[]>();
  for (const code of codes) {
    const parent = code.parentId !== null && ids.has(code.parentId) ? code.parentId : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), code]);
  }
  const build = (parent: string | null): CodeNode[] =>
    (byParent.get(parent) ?? []).map((code) => ({ code, children: build(code.id) }));
  return build(null);
}

function flatten(nodes: readonly CodeNode[], depth = 0): { code: Code; depth: number }[] {
  return nodes.flatMap((node) => [{ code: node.code, depth }, ...flatten(node.children, depth + 1)]);
}

/** A status message that takes focus when it changes, so keyboard and screen reader users land on it. */
function useFocusedStatus() {
  const [status, setStatus] = useState({ text: '', count: 0 });
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (status.count > 0) ref.current?.focus();
  }, [status]);
  const show = (text: string) => setStatus((previous) => ({ text, count: previous.count + 1 }));
  const node = (
    <div ref={ref} tabIndex={-1} className="analysis-status">
      <StatusMessage>{status.text || null}</StatusMessage>
    </div>
  );
  return { show, node };
}

function storyTitleIn(project: Project) {
  return (storyId: string) =>
    project.stories.find((story) => story.storyId === storyId)?.title || analysisResultsStrings.untitledStory;
}

// --- themes ----------------------------------------------------------------------------------------

function CodeCheckboxes({ nodes }: { nodes: readonly CodeNode[] }) {
  return (
    <ul className="analysis-code-tree">
      {nodes.map(({ code, children }) => (
        <li key={code.id}>
          <label className="analysis-checkbox" htmlFor={`${THEME_FORM}-code-${code.id}`}>
            <input id={`${THEME_FORM}-code-${code.id}`} type="checkbox" name="codeIds" value={code.id} />
            {code.name}
          </label>
          {children.length > 0 ? <CodeCheckboxes nodes={children} /> : null}
        </li>
      ))}
    </ul>
  );
}

function ThemeForm({
  projectId,
  codes,
  form,
}: {
  projectId: string;
  codes: readonly Code[];
  form: FormErrors;
}) {
  const client = useQueryClient();
  const status = useFocusedStatus();
  const tree = codeTree(codes.filter((c) => !c.retired && c.mergedInto === null));
  const create = useMutation({
    mutationFn: (body: z.infer<typeof CreateThemeRequestSchema>) =>
      apiRequest(`/api/analysis/projects/${projectId}/themes`, SynthesisSchema, { method: 'POST', body }),
    onSuccess: (synthesis, body) => {
      client.setQueryData(synthesisKey(projectId), synthesis);
      status.show(m.themeCreated(body.name));
    },
    onError: (error) => form.fromProblem(error),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const element = event.currentTarget;
    const data = new FormData(element);
    const input = {
      name: String(data.get('name') ?? ''),
      description: String(data.get('description') ?? ''),
      codeIds: data.getAll('codeIds').map(String),
    };
    const parsed = CreateThemeRequestSchema.safeParse(input);
    if (!parsed.success) {
      form.fromZod(
        parsed.error,
        { name: input.name, codeIds: input.codeIds.join(',') },
        { name: m.themeNameMissing, codeIds: m.themeCodesMissing },
      );
      return;
    }
    form.clear();
    create.mutate(parsed.data, { onSuccess: () => element.reset() });
  };

  const codesError = form.errorFor('codeIds');
  return (
    <>
      <h3 id="theme-form-title">{m.themeFormTitle}</h3>
      {status.node}
      <ErrorSummary formId={THEME_FORM} errors={form.errors} headingLevel={4} />
      <form
        id={THEME_FORM}
        noValidate
        onSubmit={onSubmit}
        className="form"
        aria-labelledby="theme-form-title"
      >
        <TextField
          id={fieldId(THEME_FORM, 'name')}
          name="name"
          label={m.themeName}
          hint={m.themeNameHint}
          error={form.errorFor('name')}
        />
        <TextField
          id={fieldId(THEME_FORM, 'description')}
          name="description"
          label={m.themeDescription}
          hint={m.themeDescriptionHint}
          error={form.errorFor('description')}
          multiline
        />
        <fieldset
          id={fieldId(THEME_FORM, 'codeIds')}
          className="analysis-fieldset field"
          data-invalid={codesError ? '' : undefined}
          aria-describedby={`${fieldId(THEME_FORM, 'codeIds')}-hint`}
        >
          <legend className="field__label">{m.themeCodesLegend}</legend>
          <span className="field__hint" id={`${fieldId(THEME_FORM, 'codeIds')}-hint`}>
            {m.themeCodesHint}
          </span>
          {codesError ? <p className="field__error">{codesError}</p> : null}
          {tree.length === 0 ? <p>{m.noCodes}</p> : <CodeCheckboxes nodes={tree} />}
        </fieldset>
        <Button type="submit" isPending={create.isPending} pendingLabel={m.creatingTheme}>
          {m.createTheme}
        </Button>
      </form>
    </>
  );
}

function Themes({
  projectId,
  synthesis,
  codes,
  form,
}: {
  projectId: string;
  synthesis: Synthesis;
  codes: readonly Code[];
  form: FormErrors;
}) {
  const codeNames = new Map(codes.map((c) => [c.id, c.name]));
  const of = synthesis.storiesInProject;
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
            <div className="table-scroll">
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
            </div>
          </div>
        </>
      )}
      <ThemeForm projectId={projectId} codes={codes} form={form} />
    </section>
  );
}

// --- key messages ----------------------------------------------------------------------------------

function ExcerptCheckbox({
  excerpt,
  checked,
  onToggle,
}: {
  excerpt: Excerpt;
  checked: boolean;
  onToggle: (excerpt: Excerpt, checked: boolean) => void;
}) {
  const id = `${MESSAGE_FORM}-quote-${excerpt.applicationId}`;
  return (
    <li>
      <label className="analysis-checkbox analysis-checkbox--top" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={checked}
          onChange={(event) => onToggle(excerpt, event.currentTarget.checked)}
        />
        <span>
          <span className="analysis-excerpt__text">{`“${excerpt.text}”`}</span>
          <span className="analysis-excerpt__meta">
            {m.excerptMeta(excerpt.storyTitle, excerpt.codeName, excerpt.coderName)}
          </span>
        </span>
      </label>
    </li>
  );
}

function MessageForm({
  projectId,
  synthesis,
  codes,
  form,
}: {
  projectId: string;
  synthesis: Synthesis;
  codes: readonly Code[];
  form: FormErrors;
}) {
  const client = useQueryClient();
  const status = useFocusedStatus();
  const [q, setQ] = useState('');
  const [codeId, setCodeId] = useState('');
  const [search, setSearch] = useState<{ q: string; codeId: string } | null>(null);
  const [chosen, setChosen] = useState<Excerpt[]>([]);
  const excerpts = useQuery({
    queryKey: [...projectKey(projectId), 'excerpts', search?.codeId ?? '', search?.q ?? ''],
    queryFn: () =>
      fetchExcerpts(
        projectId,
        search?.codeId ? { codeId: search.codeId, q: search.q } : { q: search?.q ?? '' },
      ),
    enabled: search !== null,
  });
  const codeOptions = flatten(codeTree(codes.filter((c) => c.mergedInto === null)));

  const save = useMutation({
    mutationFn: (body: z.infer<typeof CreateKeyMessageRequestSchema>) =>
      apiRequest(`/api/analysis/projects/${projectId}/messages`, SynthesisSchema, { method: 'POST', body }),
    onSuccess: (next, body) => {
      client.setQueryData(synthesisKey(projectId), next);
      status.show(m.messageSaved(analysisResultsStrings.audiencesInline[body.audience]));
    },
    onError: (error) =>
      // Refused because consent does not reach the audience: point at the quotes.
      form.setErrors(
        errorsFromProblem(error, MESSAGE_FIELDS, isApiError(error, 403) ? 'quoteApplicationIds' : undefined),
      ),
  });

  const find = () => {
    const next = { q: q.trim(), codeId };
    if (search && search.q === next.q && search.codeId === next.codeId) void excerpts.refetch();
    else setSearch(next);
  };
  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter searches rather than sending the whole message.
    if (event.key === 'Enter') {
      event.preventDefault();
      find();
    }
  };
  const toggle = (excerpt: Excerpt, checked: boolean) =>
    setChosen((previous) =>
      checked
        ? [...previous.filter((e) => e.applicationId !== excerpt.applicationId), excerpt]
        : previous.filter((e) => e.applicationId !== excerpt.applicationId),
    );

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const element = event.currentTarget;
    const values = readForm(element);
    if (chosen.length > MAX_QUOTES) {
      form.setErrors([{ field: 'quoteApplicationIds', message: m.tooManyQuotes }]);
      return;
    }
    const parsed = CreateKeyMessageRequestSchema.safeParse({
      audience: values.audience ?? '',
      text: values.text ?? '',
      themeId: values.themeId ? values.themeId : null,
      quoteApplicationIds: chosen.map((e) => e.applicationId),
    });
    if (!parsed.success) {
      form.fromZod(
        parsed.error,
        { audience: values.audience ?? '', text: values.text ?? '' },
        { audience: m.audienceMissing, text: m.textMissing },
      );
      return;
    }
    form.clear();
    save.mutate(parsed.data, {
      onSuccess: () => {
        element.reset();
        setChosen([]);
        setSearch(null);
        setQ('');
        setCodeId('');
      },
    });
  };

  const chosenIds = new Set(chosen.map((e) => e.applicationId));
  const results = excerpts.data?.excerpts ?? [];
  const unchosen = results.filter((e) => !chosenIds.has(e.applicationId));
  const shown = unchosen.slice(0, MAX_RESULTS_SHOWN);
  const quotesId = fieldId(MESSAGE_FORM, 'quoteApplicationIds');
  const quotesError = form.errorFor('quoteApplicationIds');
  const themeError = form.errorFor('themeId');

  return (
    <>
      <h3 id="message-form-title">{m.messageFormTitle}</h3>
      {status.node}
      <ErrorSummary formId={MESSAGE_FORM} errors={form.errors} headingLevel={4} />
      <form
        id={MESSAGE_FORM}
        noValidate
        onSubmit={onSubmit}
        className="form"
        aria-labelledby="message-form-title"
      >
        <RadioGroup
          id={fieldId(MESSAGE_FORM, 'audience')}
          name="audience"
          label={m.audience}
          options={AUDIENCES.map((a) => ({ value: a, label: analysisResultsStrings.audiences[a] }))}
          error={form.errorFor('audience')}
        />
        <TextField
          id={fieldId(MESSAGE_FORM, 'text')}
          name="text"
          label={m.text}
          hint={m.textHint}
          error={form.errorFor('text')}
          multiline
        />
        <div className="field" data-invalid={themeError ? '' : undefined}>
          <label className="field__label" htmlFor={fieldId(MESSAGE_FORM, 'themeId')}>
            {m.theme}
          </label>
          <span className="field__hint" id={`${fieldId(MESSAGE_FORM, 'themeId')}-hint`}>
            {m.themeHint}
          </span>
          {themeError ? <span className="field__error">{themeError}</span> : null}
          <select
            id={fieldId(MESSAGE_FORM, 'themeId')}
            name="themeId"
            className="select"
            defaultValue=""
            aria-describedby={`${fieldId(MESSAGE_FORM, 'themeId')}-hint`}
          >
            <option value="">{m.noTheme}</option>
            {synthesis.themes.map((theme) => (
              <option key={theme.id} value={theme.id}>
                {theme.name}
              </option>
            ))}
          </select>
        </div>

        <fieldset
          id={quotesId}
          className="analysis-fieldset field"
          data-invalid={quotesError ? '' : undefined}
          aria-describedby={`${quotesId}-hint ${quotesId}-consent`}
        >
          <legend className="field__label">{m.quotesLegend}</legend>
          <span className="field__hint" id={`${quotesId}-hint`}>
            {m.quotesHint}
          </span>
          <p className="analysis-note" id={`${quotesId}-consent`}>
            {m.consentNote}
          </p>
          {quotesError ? <p className="field__error">{quotesError}</p> : null}
          <div className="analysis-search">
            <div className="field">
              <label className="field__label" htmlFor={`${MESSAGE_FORM}-q`}>
                {m.search}
              </label>
              <span className="field__hint" id={`${MESSAGE_FORM}-q-hint`}>
                {m.searchHint}
              </span>
              <input
                id={`${MESSAGE_FORM}-q`}
                type="search"
                className="field__input field__input--medium"
                value={q}
                maxLength={200}
                aria-describedby={`${MESSAGE_FORM}-q-hint`}
                onChange={(event) => setQ(event.currentTarget.value)}
                onKeyDown={onSearchKey}
              />
            </div>
            <div className="field">
              <label className="field__label" htmlFor={`${MESSAGE_FORM}-code`}>
                {m.code}
              </label>
              <select
                id={`${MESSAGE_FORM}-code`}
                className="select"
                value={codeId}
                onChange={(event) => setCodeId(event.currentTarget.value)}
              >
                <option value="">{m.anyCode}</option>
                {codeOptions.map(({ code, depth }) => (
                  <option key={code.id} value={code.id}>
                    {`${'\u00a0\u00a0\u00a0'.repeat(depth)}${code.name}`}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <Button
                variant="secondary"
                isPending={excerpts.isFetching}
                pendingLabel={m.finding}
                onPress={find}
              >
                {m.find}
              </Button>
            </div>
          </div>
          <StatusMessage>
            {search !== null && excerpts.isSuccess ? m.found(results.length) : null}
          </StatusMessage>
          {excerpts.isError ? (
            <p className="field__error" role="alert">
              {isApiError(excerpts.error) ? excerpts.error.problem.detail : strings.errors.generic}
            </p>
          ) : null}
          <p className="secondary-text">{m.chosen(chosen.length)}</p>
          {chosen.length > 0 || shown.length > 0 ? (
            <ul className="analysis-excerpts">
              {chosen.map((excerpt) => (
                <ExcerptCheckbox key={excerpt.applicationId} excerpt={excerpt} checked onToggle={toggle} />
              ))}
              {shown.map((excerpt) => (
                <ExcerptCheckbox
                  key={excerpt.applicationId}
                  excerpt={excerpt}
                  checked={false}
                  onToggle={toggle}
                />
              ))}
            </ul>
          ) : null}
          {unchosen.length > shown.length ? (
            <p className="secondary-text">{m.showingFirst(shown.length, unchosen.length)}</p>
          ) : null}
        </fieldset>
        <Button type="submit" isPending={save.isPending} pendingLabel={m.savingMessage}>
          {m.saveMessage}
        </Button>
      </form>
    </>
  );
}

function KeyMessages({
  project,
  synthesis,
  codes,
  form,
}: {
  project: Project;
  synthesis: Synthesis;
  codes: readonly Code[];
  form: FormErrors;
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
                        <strong>{m.heardIn(message.stories, synthesis.storiesInProject)}</strong>
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
      <MessageForm projectId={project.id} synthesis={synthesis} codes={codes} form={form} />
    </section>
  );
}

/** Themes and key messages: from codes to themes, to messages for each audience, to briefings. */
export function MessagesPage() {
  const { projectId = '' } = useParams();
  const themeForm = useFormErrors(THEME_FIELDS);
  const messageForm = useFormErrors(MESSAGE_FIELDS);
  const project = useQuery({ queryKey: projectKey(projectId), queryFn: () => fetchProject(projectId) });
  const codebookId = project.data?.codebookId ?? '';
  const codebook = useQuery({
    queryKey: codebookKey(codebookId),
    queryFn: () => fetchCodebook(codebookId),
    enabled: codebookId !== '',
  });
  const synthesis = useQuery({
    queryKey: synthesisKey(projectId),
    queryFn: () => fetchSynthesis(projectId),
    enabled: projectId !== '',
  });

  if (project.isPending) return <Loading />;
  if (project.isError) {
    if (isApiError(project.error, 404)) return <NotFound />;
    return <LoadError error={project.error} onRetry={() => void project.refetch()} />;
  }
  if (codebook.isPending || synthesis.isPending) return <Loading />;
  if (codebook.isError) return <LoadError error={codebook.error} onRetry={() => void codebook.refetch()} />;
  if (synthesis.isError) {
    if (isApiError(synthesis.error, 404)) return <NotFound />;
    return <LoadError error={synthesis.error} onRetry={() => void synthesis.refetch()} />;
  }
  const data = project.data;
  const codes = codebook.data.codes;

  return (
    <>
      <PageHeading hasErrors={themeForm.errors.length > 0 || messageForm.errors.length > 0}>
        {m.titleFor(data.title)}
      </PageHeading>
      <p>
        <Link to={`/analysis/${data.id}`}>{analysisResultsStrings.backToProject}</Link>
      </p>
      <p className="lead">{m.lead}</p>
      <Themes projectId={data.id} synthesis={synthesis.data} codes={codes} form={themeForm} />
      <KeyMessages project={data} synthesis={synthesis.data} codes={codes} form={messageForm} />
      <BriefingDownloads projectId={data.id} />
    </>
  );
}
