import { useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { storyEndpoints } from '../../../contracts/stories.endpoints.js';
import {
  CHANNELS,
  STORY_STATUSES,
  StorySearchQuerySchema,
  CHIME_THEMES,
} from '../../../contracts/stories.js';
import { Button } from '../../components/button.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { PageHeading } from '../../components/page-heading.js';
import { StatusMessage } from '../../components/status-message.js';
import { callEndpoint } from '../../lib/api.js';
import { readForm } from '../../lib/form-errors.js';
import { storiesStrings } from '../../lib/strings/stories.js';
import { withReadableMarks } from '../../lib/taken-out.js';

const s = storiesStrings.search;
const FILTERS = ['q', 'channel', 'status', 'theme', 'from', 'to'] as const;

/** Shows the search engine's «highlighted» words as marked text, without inserting any HTML. */
function Snippet({ text }: { text: string }) {
  const parts = text.split(/(«[^»]*»)/);
  return (
    <p className="card__body">
      {parts.map((part, index) =>
        part.startsWith('«') && part.endsWith('»') ? (
          <mark key={index}>{withReadableMarks(part.slice(1, -1))}</mark>
        ) : (
          withReadableMarks(part)
        ),
      )}
    </p>
  );
}

export function SearchPage() {
  const [params, setParams] = useSearchParams();
  const raw = Object.fromEntries(FILTERS.flatMap((key) => (params.get(key) ? [[key, params.get(key)]] : [])));
  const parsed = StorySearchQuerySchema.safeParse(raw);
  const query = parsed.success ? parsed.data : StorySearchQuerySchema.parse({});
  // The server's own default limit: the filters alone are sent, and name the cached answer.
  const { limit: _limit, ...filters } = query;
  const active = new URLSearchParams(
    Object.entries(filters).flatMap(([key, value]) => (value !== undefined ? [[key, String(value)]] : [])),
  ).toString();
  const results = useQuery({
    queryKey: ['stories', 'search', active],
    queryFn: () => callEndpoint(storyEndpoints.search, { query: filters }),
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = readForm(event.currentTarget);
    const next = new URLSearchParams();
    for (const key of FILTERS) {
      const value = (values[key] ?? '').trim();
      if (value !== '') next.set(key, value);
    }
    setParams(next);
  };
  return (
    <>
      <PageHeading>{s.title}</PageHeading>
      <p className="lead">{s.lead}</p>
      <form className="form showcase-search" role="search" noValidate onSubmit={onSubmit} key={active}>
        <div className="field">
          <label className="field__label" htmlFor="search-q">
            {s.q}
          </label>
          <input
            id="search-q"
            name="q"
            type="search"
            className="field__input field__input--medium"
            defaultValue={query.q ?? ''}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="search-channel">
            {storiesStrings.showcase.channel}
          </label>
          <select id="search-channel" name="channel" className="select" defaultValue={query.channel ?? ''}>
            <option value="">{storiesStrings.showcase.anyChannel}</option>
            {CHANNELS.map((value) => (
              <option key={value} value={value}>
                {storiesStrings.channels[value]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="search-status">
            {s.status}
          </label>
          <select id="search-status" name="status" className="select" defaultValue={query.status ?? ''}>
            <option value="">{s.anyStatus}</option>
            {STORY_STATUSES.map((value) => (
              <option key={value} value={value}>
                {storiesStrings.statuses[value]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="search-theme">
            {storiesStrings.showcase.theme}
          </label>
          <select id="search-theme" name="theme" className="select" defaultValue={query.theme ?? ''}>
            <option value="">{storiesStrings.showcase.anyTheme}</option>
            {CHIME_THEMES.map((value) => (
              <option key={value} value={value}>
                {storiesStrings.showcase.themes[value]}
              </option>
            ))}
          </select>
        </div>
        {(['from', 'to'] as const).map((key) => (
          <div className="field" key={key}>
            <label className="field__label" htmlFor={`search-${key}`}>
              {s[key]}
            </label>
            <p className="field__hint" id={`search-${key}-hint`}>
              {s.dateHint}
            </p>
            <input
              id={`search-${key}`}
              name={key}
              type="date"
              className="field__input field__input--short"
              defaultValue={query[key] ?? ''}
              aria-describedby={`search-${key}-hint`}
            />
          </div>
        ))}
        <Button type="submit">{s.submit}</Button>
      </form>
      {results.isPending ? <Loading /> : null}
      {results.isError ? <LoadError error={results.error} onRetry={() => void results.refetch()} /> : null}
      <StatusMessage count>{results.data ? s.results(results.data.results.length) : null}</StatusMessage>
      {results.data && results.data.results.length === 0 ? <p>{s.none}</p> : null}
      {results.data && results.data.results.length > 0 ? (
        <ul className="cards">
          {results.data.results.map((story) => (
            <li key={story.id} className="card">
              <h2 className="card__title">
                <Link to={`/stories/${story.id}`} className="card__link">
                  {story.title || s.untitled}
                </Link>
              </h2>
              <p className="secondary-text">
                {storiesStrings.statuses[story.status]} · {storiesStrings.channels[story.channel]}
                {story.themes.length > 0
                  ? ` · ${story.themes
                      .map(
                        (theme) =>
                          storiesStrings.showcase.themes[theme as (typeof CHIME_THEMES)[number]] ?? theme,
                      )
                      .join(', ')}`
                  : ''}
              </p>
              {story.snippet ? <Snippet text={story.snippet} /> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
