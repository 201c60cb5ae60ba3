import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import {
  CAFE_FORMATS,
  VOTING_METHODS,
  CreateCafeRequestSchema,
  type CreateCafeRequest,
} from '../../../contracts/cafes.js';
import { cafePlanningEndpoints } from '../../../contracts/cafes.endpoints.js';
import { Button } from '../../components/button.js';
import { CheckboxField } from '../../components/checkbox-field.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { Loading } from '../../components/loading.js';
import { NotFound } from '../../components/not-found.js';
import { PageHeading } from '../../components/page-heading.js';
import { RadioGroup } from '../../components/radio-group.js';
import { SelectField } from '../../components/select-field.js';
import { callEndpoint } from '../../lib/api.js';
import { useContractForm } from '../../lib/contract-form.js';
import { fieldId, readForm } from '../../lib/form-errors.js';
import { noticeState } from '../../lib/notice.js';
import { useMe } from '../../lib/session.js';
import { cafesStrings } from '../../lib/strings/cafes.js';
import { cafesKey } from './cafe-api.js';
import { planFrom, startsAtFrom } from './plan-cafe-request.js';
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

/** Plan a café: its purpose, questions for each round, tables, video rooms and how people will vote. */
export function PlanCafePage() {
  const s = cafesStrings.plan;
  const me = useMe();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [rounds, setRounds] = useState<number[]>([1, 2]);
  const [nextKey, setNextKey] = useState(3);
  const organisations = [
    ...new Map(
      (me.data?.memberships ?? [])
        .filter((m) => m.role === 'facilitator' || m.role === 'coordinator')
        .map((m) => [m.organisationId, m.organisationName]),
    ),
  ].map(([id, name]) => ({ id, name }));
  const form = useContractForm({
    schema: CreateCafeRequestSchema,
    fields: FIELDS,
    fallbackField: 'title',
    emptyMessages: { rounds: s.missingQuestion },
    toRequest: (values) => {
      // The questions share one place for errors, "rounds": it counts as empty when a question is
      // missing, so any error there reads as the missing question (emptyMessages above).
      const missingQuestion = rounds.some((key) => (values[`question-${key}`] ?? '').trim().length < 3);
      values.rounds = missingQuestion ? '' : 'given';
      return planFrom(values, rounds, organisations[0]?.id ?? '');
    },
  });

  const create = useMutation({
    mutationFn: (body: CreateCafeRequest) => callEndpoint(cafePlanningEndpoints.createCafe, { body }),
    onSuccess: (cafe) => {
      void client.invalidateQueries({ queryKey: cafesKey });
      void navigate(`/cafes/${cafe.id}/run`, { state: noticeState(s.planned(cafe.title)) });
    },
    onError: (error) => form.fromProblem(error),
  });

  if (me.isPending) return <Loading />;
  if (!mayRunCafes(me.data)) return <NotFound />;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (startsAtFrom(readForm(event.currentTarget)) === null) {
      form.reject([{ field: 'startsAt', message: s.dateTimeInvalid }]);
      return;
    }
    const body = form.parse(event.currentTarget);
    if (body) create.mutate(body);
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
              <SelectField
                id={`${FORM}-votingMethod-${key}`}
                name={`votingMethod-${key}`}
                label={s.roundMethod(index + 1)}
                options={[
                  { value: '', label: s.roundMethodSame },
                  ...VOTING_METHODS.map((m) => ({ value: m, label: cafesStrings.methods[m] })),
                ]}
                defaultValue=""
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
          hint={s.votingMethodHint}
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
