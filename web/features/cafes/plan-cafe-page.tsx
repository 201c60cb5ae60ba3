import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import {
  CAFE_FORMATS,
  VOTING_METHODS,
  CafeSchema,
  CreateCafeRequestSchema,
  type CreateCafeRequest,
} from '../../../contracts/cafes.js';
import { Button } from '../../components/button.js';
import { CheckboxField } from '../../components/checkbox-field.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { Loading } from '../../components/loading.js';
import { NotFound } from '../../components/not-found.js';
import { PageHeading } from '../../components/page-heading.js';
import { RadioGroup } from '../../components/radio-group.js';
import { apiRequest } from '../../lib/api.js';
import { fieldId, readForm, useFormErrors } from '../../lib/form-errors.js';
import { noticeState } from '../../lib/notice.js';
import { useMe } from '../../lib/session.js';
import { cafesStrings } from '../../lib/strings/cafes.js';
import { cafesKey } from './cafe-api.js';
import { NativeField } from '../../components/native-field.js';
import { mayRunCafes } from './access.js';
import './cafes.css';

const FORM = 'plan-cafe';
const FIELDS = [
  'organisationId',
  'title',
  'purpose',
  'format',
  'startsAt',
  'venue',
  'accessInfo',
  'capacity',
  'signUpOpen',
  'rounds',
  'tables',
  'videoLinkPattern',
  'votingMethod',
  'dotsPerPerson',
  'allowStacking',
] as const;

function numberOr(value: string | undefined, fallback: number): number {
  const text = (value ?? '').trim();
  return text === '' ? fallback : Number(text);
}

/** Plan a café: its purpose, questions for each round, tables, video rooms and how people will vote. */
export function PlanCafePage() {
  const s = cafesStrings.plan;
  const me = useMe();
  const navigate = useNavigate();
  const client = useQueryClient();
  const form = useFormErrors(FIELDS, 'title');
  const [rounds, setRounds] = useState<number[]>([1, 2]);
  const [nextKey, setNextKey] = useState(3);

  const create = useMutation({
    mutationFn: (body: CreateCafeRequest) => apiRequest('/api/cafes', CafeSchema, { method: 'POST', body }),
    onSuccess: (cafe) => {
      void client.invalidateQueries({ queryKey: cafesKey });
      void navigate(`/cafes/${cafe.id}/run`, { state: noticeState(s.planned(cafe.title)) });
    },
    onError: (error) => form.fromProblem(error),
  });

  if (me.isPending) return <Loading />;
  if (!mayRunCafes(me.data)) return <NotFound />;
  const organisations = [
    ...new Map(
      (me.data?.memberships ?? [])
        .filter((m) => m.role === 'facilitator' || m.role === 'coordinator')
        .map((m) => [m.organisationId, m.organisationName]),
    ),
  ].map(([id, name]) => ({ id, name }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = readForm(event.currentTarget);
    let startsAt: string | undefined;
    if (values.date) {
      const local = new Date(`${values.date}T${values.time || '00:00'}`);
      if (Number.isNaN(local.getTime())) {
        form.setErrors([{ field: 'startsAt', message: s.dateTimeInvalid }]);
        return;
      }
      startsAt = local.toISOString();
    }
    const video = (values.videoLinkPattern ?? '').trim();
    const input = {
      organisationId: values.organisationId ?? organisations[0]?.id ?? '',
      title: values.title ?? '',
      purpose: values.purpose ?? '',
      format: values.format ?? 'in_person',
      ...(startsAt ? { startsAt } : {}),
      venue: values.venue ?? '',
      accessInfo: values.accessInfo ?? '',
      ...((values.capacity ?? '').trim() ? { capacity: Number(values.capacity) } : {}),
      signUpOpen: values.signUpOpen === 'on',
      rounds: rounds.map((key) => ({
        question: values[`question-${key}`] ?? '',
        minutes: numberOr(values[`minutes-${key}`], 20),
      })),
      tables: numberOr(values.tables, 4),
      ...(video ? { videoLinkPattern: video } : {}),
      votingMethod: values.votingMethod ?? 'dots',
      dotsPerPerson: numberOr(values.dotsPerPerson, 3),
      allowStacking: values.allowStacking === 'on',
    };
    const parsed = CreateCafeRequestSchema.safeParse(input);
    if (!parsed.success) {
      const missingQuestion = input.rounds.some((r) => r.question.trim().length < 3);
      form.fromZod(
        parsed.error,
        { title: values.title ?? '', rounds: missingQuestion ? '' : 'ok' },
        { rounds: s.missingQuestion },
      );
      return;
    }
    form.clear();
    create.mutate(parsed.data);
  };

  if (organisations.length === 0) {
    return (
      <>
        <PageHeading>{s.title}</PageHeading>
        <p className="callout">{s.noOrganisation}</p>
      </>
    );
  }

  return (
    <div className="narrow">
      <PageHeading hasErrors={form.errors.length > 0}>{s.title}</PageHeading>
      <p className="lead">{s.lead}</p>
      <ErrorSummary formId={FORM} errors={form.errors} />
      <form id={FORM} noValidate onSubmit={onSubmit} className="form">
        {organisations.length > 1 ? (
          <RadioGroup
            id={fieldId(FORM, 'organisationId')}
            name="organisationId"
            label={s.organisation}
            options={organisations.map((o) => ({ value: o.id, label: o.name }))}
            defaultValue={organisations[0]?.id ?? ''}
            error={form.errorFor('organisationId')}
          />
        ) : (
          <input type="hidden" name="organisationId" value={organisations[0]?.id ?? ''} />
        )}
        <NativeField
          id={fieldId(FORM, 'title')}
          name="title"
          label={s.titleLabel}
          hint={s.titleHint}
          error={form.errorFor('title')}
          maxLength={120}
        />
        <NativeField
          id={fieldId(FORM, 'purpose')}
          name="purpose"
          label={s.purpose}
          hint={s.purposeHint}
          error={form.errorFor('purpose')}
          multiline
        />
        <RadioGroup
          id={fieldId(FORM, 'format')}
          name="format"
          label={s.format}
          options={CAFE_FORMATS.map((f) => ({ value: f, label: cafesStrings.formats[f] }))}
          defaultValue="in_person"
          error={form.errorFor('format')}
        />
        <div id={fieldId(FORM, 'startsAt')} className="cafe-controls">
          <NativeField
            id={`${FORM}-date`}
            name="date"
            type="date"
            width="full"
            label={s.date}
            error={form.errorFor('startsAt')}
          />
          <NativeField id={`${FORM}-time`} name="time" type="time" label={s.time} />
        </div>
        <NativeField
          id={fieldId(FORM, 'venue')}
          name="venue"
          label={s.venue}
          hint={s.venueHint}
          error={form.errorFor('venue')}
          autoComplete="street-address"
        />
        <NativeField
          id={fieldId(FORM, 'accessInfo')}
          name="accessInfo"
          label={s.accessInfo}
          hint={s.accessHint}
          error={form.errorFor('accessInfo')}
          multiline
        />
        <NativeField
          id={fieldId(FORM, 'capacity')}
          name="capacity"
          type="number"
          label={s.capacity}
          hint={s.capacityHint}
          error={form.errorFor('capacity')}
          min={1}
          max={10000}
        />
        <CheckboxField
          id={fieldId(FORM, 'signUpOpen')}
          name="signUpOpen"
          label={s.signUpOpen}
          hint={s.signUpHint}
          defaultChecked
        />

        <fieldset className="cafe-rounds" id={fieldId(FORM, 'rounds')}>
          <legend className="field__label">{s.roundsTitle}</legend>
          <p className="field__hint">{s.roundsLead}</p>
          {form.errorFor('rounds') ? <p className="field__error">{form.errorFor('rounds')}</p> : null}
          {rounds.map((key, index) => (
            <div key={key} className="cafe-round">
              <NativeField
                id={`${FORM}-question-${key}`}
                name={`question-${key}`}
                label={s.roundQuestion(index + 1)}
                maxLength={300}
              />
              <NativeField
                id={`${FORM}-minutes-${key}`}
                name={`minutes-${key}`}
                type="number"
                label={s.roundMinutes(index + 1)}
                defaultValue="20"
                min={1}
                max={120}
              />
              {rounds.length > 1 ? (
                <Button variant="secondary" onPress={() => setRounds(rounds.filter((k) => k !== key))}>
                  {s.removeRound(index + 1)}
                </Button>
              ) : null}
            </div>
          ))}
          {rounds.length < 6 ? (
            <Button
              variant="secondary"
              onPress={() => {
                setRounds([...rounds, nextKey]);
                setNextKey(nextKey + 1);
              }}
            >
              {s.addRound}
            </Button>
          ) : null}
        </fieldset>

        <NativeField
          id={fieldId(FORM, 'tables')}
          name="tables"
          type="number"
          label={s.tables}
          hint={s.tablesHint}
          error={form.errorFor('tables')}
          defaultValue="4"
          min={1}
          max={200}
        />
        <NativeField
          id={fieldId(FORM, 'videoLinkPattern')}
          name="videoLinkPattern"
          type="url"
          label={s.videoLink}
          hint={s.videoLinkHint}
          error={form.errorFor('videoLinkPattern')}
          spellCheck={false}
        />
        <RadioGroup
          id={fieldId(FORM, 'votingMethod')}
          name="votingMethod"
          label={s.votingMethod}
          options={VOTING_METHODS.map((m) => ({
            value: m,
            label: cafesStrings.methods[m],
            hint: cafesStrings.methodHints[m],
          }))}
          defaultValue="dots"
          error={form.errorFor('votingMethod')}
        />
        <NativeField
          id={fieldId(FORM, 'dotsPerPerson')}
          name="dotsPerPerson"
          type="number"
          label={s.dotsPerPerson}
          error={form.errorFor('dotsPerPerson')}
          defaultValue="3"
          min={1}
          max={10}
        />
        <CheckboxField
          id={fieldId(FORM, 'allowStacking')}
          name="allowStacking"
          label={s.stacking}
          defaultChecked
        />
        <Button type="submit" isPending={create.isPending} pendingLabel={s.submitting}>
          {s.submit}
        </Button>
      </form>
    </div>
  );
}
