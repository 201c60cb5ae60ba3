import { useEffect, useRef, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import type { Activity } from '../../../contracts/activities.js';
import { Button } from '../../components/button.js';
import { SelectField } from '../../components/select-field.js';
import { StatusMessage } from '../../components/status-message.js';
import type { Translate } from '../../lib/i18n/i18n.js';
import { useLocaleTag, useT } from '../../lib/i18n/public-pages.js';
import { weekdayName } from '../../lib/i18n/dates.js';
import { byWeek, mondayIn, ukWeekday, weekStart, type Session } from './activities-api.js';
import { KIND_WORDS } from './shared.js';

type ActivityKind = Activity['kind'];

/** Monday to Sunday, as `ukWeekday` numbers them. */
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0] as const;

/** What a person has chosen to see, kept in the address so a shared or reloaded link shows the same. */
interface ProgrammeChoice {
  kind: ActivityKind | '';
  day: number | null;
  /** How many weeks with something on are shown; one (this week, or the next with anything on) at first. */
  weeks: number;
}

function readChoice(params: URLSearchParams, kinds: readonly ActivityKind[]): ProgrammeChoice {
  const kind = params.get('kind') ?? '';
  const day = Number(params.get('day') ?? '');
  const weeks = Number(params.get('weeks') ?? '1');
  return {
    kind: (kinds as readonly string[]).includes(kind) ? (kind as ActivityKind) : '',
    day: params.get('day') !== null && Number.isInteger(day) && day >= 0 && day <= 6 ? day : null,
    weeks: Number.isInteger(weeks) && weeks >= 1 && weeks <= 520 ? weeks : 1,
  };
}

/** Sessions that match the chosen kind and day. */
function matching(sessions: readonly Session[], choice: ProgrammeChoice): Session[] {
  return sessions.filter(
    ({ activity, occurrence }) =>
      (choice.kind === '' || activity.kind === choice.kind) &&
      (choice.day === null || ukWeekday(occurrence.startsAt) === choice.day),
  );
}

/** "This week", "Next week" or "Week beginning Monday 3 March", in the page's language. */
function weekTitle(monday: string, thisMonday: string, t: Translate, tag: string): string {
  if (monday === thisMonday) return t('activities.filters.thisWeek');
  const next = new Date(`${thisMonday}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 7);
  if (monday === next.toISOString().slice(0, 10)) return t('activities.filters.nextWeek');
  return t('activities.filters.weekOf', { day: mondayIn(t, tag, monday) });
}

/**
 * A programme shaped for a phone: this week first (or the next week with anything on), filters by
 * kind and by day, and "Show more" a week at a time, so a long programme is a short page. Used by the
 * public programme and by members' "What's on"; `renderSession` draws each session the page's way.
 */
export function ProgrammeView({
  sessions,
  headingLevel,
  idPrefix,
  renderSession,
  empty,
}: {
  /** Sessions still to come, soonest first. */
  sessions: readonly Session[];
  /** The level of each week's heading; sessions take the level below. */
  headingLevel: 2 | 3;
  idPrefix: string;
  renderSession: (session: Session) => ReactNode;
  empty: string;
}) {
  const t = useT();
  const tag = useLocaleTag();
  const [params, setParams] = useSearchParams();
  const kinds = [...new Set(sessions.map((s) => s.activity.kind))];
  const choice = readChoice(params, kinds);
  const chosen = matching(sessions, choice);
  const weeks = byWeek(chosen);
  const shown = weeks.slice(0, choice.weeks);
  const shownCount = shown.reduce((n, week) => n + week.sessions.length, 0);
  const thisMonday = weekStart(new Date().toISOString());
  const Heading = `h${headingLevel}` as const;

  // "Show more" puts the keyboard on the first week it added, so nobody is left on a button that moved.
  const firstNewWeek = useRef<string | null>(null);
  useEffect(() => {
    if (!firstNewWeek.current) return;
    document.getElementById(`${idPrefix}-week-${firstNewWeek.current}`)?.focus();
    firstNewWeek.current = null;
  });

  function choose(change: Partial<Record<'kind' | 'day' | 'weeks', string | null>>) {
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(change)) {
          if (value === null || value === '') next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace: true, preventScrollReset: true },
    );
  }

  if (sessions.length === 0) return <p className="callout">{empty}</p>;

  const filtered = choice.kind !== '' || choice.day !== null;
  return (
    <>
      <div className="act-filters" role="group" aria-label={t('activities.filters.label')}>
        <SelectField
          id={`${idPrefix}-kind`}
          name="kind"
          label={t('activities.filters.kind')}
          options={[
            { value: '', label: t('activities.filters.anyKind') },
            ...kinds.map((kind) => ({ value: kind, label: t(KIND_WORDS[kind]) })),
          ]}
          value={choice.kind}
          onChange={(kind) => choose({ kind, weeks: null })}
        />
        <SelectField
          id={`${idPrefix}-day`}
          name="day"
          label={t('activities.filters.day')}
          options={[
            { value: '', label: t('activities.filters.anyDay') },
            ...WEEKDAYS.map((day) => ({ value: String(day), label: weekdayName(t, tag, day) })),
          ]}
          value={choice.day === null ? '' : String(choice.day)}
          onChange={(day) => choose({ day, weeks: null })}
        />
      </div>
      <StatusMessage>
        {filtered || choice.weeks > 1
          ? shownCount === chosen.length
            ? t('activities.filters.showingAll', { all: chosen.length })
            : t('activities.filters.showingSome', { shown: shownCount, all: chosen.length })
          : null}
      </StatusMessage>
      {weeks.length === 0 ? (
        <p className="callout">
          {t('activities.filters.noneMatching')}{' '}
          <Button variant="link" onPress={() => choose({ kind: null, day: null, weeks: null })}>
            {t('activities.filters.clear')}
          </Button>
        </p>
      ) : (
        shown.map((week) => (
          <section
            key={week.monday}
            aria-labelledby={`${idPrefix}-week-${week.monday}`}
            className="section act-week"
          >
            <Heading id={`${idPrefix}-week-${week.monday}`} tabIndex={-1}>
              {weekTitle(week.monday, thisMonday, t, tag)}
            </Heading>
            <ul className="plain-list act-sessions">{week.sessions.map((s) => renderSession(s))}</ul>
          </section>
        ))
      )}
      {shown.length < weeks.length ? (
        <p className="act-more">
          <span>{t('activities.filters.moreToCome', { more: chosen.length - shownCount })}</span>{' '}
          <Button
            variant="secondary"
            onPress={() => {
              firstNewWeek.current = weeks[shown.length]?.monday ?? null;
              choose({ weeks: String(choice.weeks + 1) });
            }}
          >
            {t('activities.filters.showMore')}
          </Button>
        </p>
      ) : null}
    </>
  );
}
