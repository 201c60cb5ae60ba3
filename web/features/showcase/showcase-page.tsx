import { useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { CHANNELS, CHIME_THEMES, isChannel, isTheme } from '../../../contracts/stories.values.js';
import { Button } from '../../components/button.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { PageHeading } from '../../components/page-heading.js';
import { StatusMessage } from '../../components/status-message.js';
import { readForm } from '../../lib/form-errors.js';
import { hasRole, useMe } from '../../lib/session.js';
import { withReadableMarks } from '../../lib/taken-out.js';
import { fetchShowcaseStories, useCollections } from './showcase-api.js';
import './showcase.css';
import { showcaseStrings } from '../../lib/strings/showcase.js';

const s = showcaseStrings.page;

function Collections() {
  const collections = useCollections();
  const shown = collections.data?.collections.filter((c) => c.storyCount > 0) ?? [];
  if (shown.length === 0) return null;
  return (
    <section aria-labelledby="collections-heading">
      <h2 id="collections-heading">{s.collections}</h2>
      <ul className="cards">
        {shown.map((collection) => (
          <li key={collection.id} className="card">
            <h3 className="card__title">
              <Link to={`/showcase/collections/${collection.id}`} className="card__link">
                {collection.title}
              </Link>
            </h3>
            <p className="secondary-text">{s.collectionCount(collection.storyCount)}</p>
            {collection.description ? <p className="card__body">{collection.description}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
const EXCERPT_LENGTH = 240;

function excerpt(text: string): string {
  if (text.length <= EXCERPT_LENGTH) return text;
  const cut = text.slice(0, EXCERPT_LENGTH);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), EXCERPT_LENGTH - 40))}…`;
}

export function ShowcasePage() {
  const me = useMe();
  const curator = hasRole(me.data, 'coordinator') || hasRole(me.data, 'partnership_admin');
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const channelParam = params.get('channel');
  const channel = isChannel(channelParam) ? channelParam : '';
  const themeParam = params.get('theme');
  const theme = isTheme(themeParam) ? themeParam : '';
  const stories = useQuery({
    queryKey: ['showcase', q, channel, theme],
    queryFn: () =>
      fetchShowcaseStories({
        q: q.trim() || undefined,
        channel: channel || undefined,
        theme: theme || undefined,
      }),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = readForm(event.currentTarget);
    const next = new URLSearchParams();
    if ((values.q ?? '').trim() !== '') next.set('q', (values.q ?? '').trim().slice(0, 200));
    if (values.channel) next.set('channel', values.channel);
    if (values.theme) next.set('theme', values.theme);
    setParams(next);
  };

  return (
    <>
      <PageHeading>{s.title}</PageHeading>
      <p className="lead">{s.lead}</p>
      {curator ? (
        <p>
          <Link to="/showcase/manage">{showcaseStrings.manageCollections}</Link>
        </p>
      ) : null}
      <form
        className="form showcase-search"
        role="search"
        noValidate
        onSubmit={onSubmit}
        key={`${q}|${channel}|${theme}`}
      >
        <div className="field">
          <label className="field__label" htmlFor="showcase-q">
            {s.search}
          </label>
          <p className="field__hint" id="showcase-q-hint">
            {s.searchHint}
          </p>
          <input
            id="showcase-q"
            name="q"
            type="search"
            className="field__input field__input--medium"
            defaultValue={q}
            autoComplete="off"
            aria-describedby="showcase-q-hint"
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="showcase-channel">
            {s.channel}
          </label>
          <select id="showcase-channel" name="channel" className="select" defaultValue={channel}>
            <option value="">{s.anyChannel}</option>
            {CHANNELS.map((value) => (
              <option key={value} value={value}>
                {showcaseStrings.channels[value]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="showcase-theme">
            {s.theme}
          </label>
          <select id="showcase-theme" name="theme" className="select" defaultValue={theme}>
            <option value="">{s.anyTheme}</option>
            {CHIME_THEMES.map((value) => (
              <option key={value} value={value}>
                {s.themes[value]}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit">{s.submit}</Button>
      </form>
      <Collections />
      {stories.isPending ? <Loading /> : null}
      {stories.isError ? <LoadError error={stories.error} onRetry={() => void stories.refetch()} /> : null}
      <StatusMessage count>{stories.data ? s.results(stories.data.stories.length) : null}</StatusMessage>
      {stories.data && stories.data.stories.length === 0 ? <p>{s.none}</p> : null}
      {stories.data && stories.data.stories.length > 0 ? (
        <ul className="cards showcase-cards">
          {stories.data.stories.map((story) => (
            <li key={story.id} className="card">
              <h2 className="card__title">
                <Link to={`/showcase/${story.id}`} className="card__link">
                  {story.title}
                </Link>
              </h2>
              <p className="secondary-text">
                {s.by(story.byline)} · {showcaseStrings.channels[story.channel]}
              </p>
              <p className="card__body">{excerpt(withReadableMarks(story.text))}</p>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
