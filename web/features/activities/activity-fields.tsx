import { ACTIVITY_KINDS, FREQUENCIES, type ActivityKindSchema } from '../../../contracts/activities.js';
import type { z } from 'zod';
import { CheckboxField } from '../../components/checkbox-field.js';
import { NativeField } from '../../components/native-field.js';
import { SelectField } from '../../components/select-field.js';
import { fieldId } from '../../lib/form-errors.js';
import { activitiesStrings } from '../../lib/strings/activities.js';

const s = activitiesStrings.fields;
const optional = activitiesStrings.common.optional;

/** The names of an activity's fields, in the order they stand on the page (for error summaries). */
export const ACTIVITY_FIELDS = [
  'title',
  'description',
  'kind',
  'startsOn',
  'startTime',
  'durationMinutes',
  'frequency',
  'endsOn',
  'venue',
  'accessInformation',
  'capacity',
  'isPublic',
] as const;

export const kindOptions = ACTIVITY_KINDS.map((k) => ({ value: k, label: activitiesStrings.kinds[k] }));

export interface ActivityDefaults {
  title?: string;
  description?: string;
  kind?: z.infer<typeof ActivityKindSchema>;
  venue?: string;
  accessInformation?: string;
  capacity?: number;
  isPublic?: boolean;
}

/** A whole number as a number; anything else as typed, so the contract's message explains it. */
export function numberOrText(value: string | undefined): number | string {
  const trimmed = (value ?? '').trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** An activity's details as a form holds them (the schedule apart). */
export function activityDetailsFrom(values: Record<string, string>) {
  return {
    title: values.title ?? '',
    description: values.description ?? '',
    kind: values.kind ?? 'other',
    venue: values.venue ?? '',
    accessInformation: values.accessInformation ?? '',
    capacity: numberOrText(values.capacity),
    isPublic: values.isPublic === 'on',
  };
}

/** An activity's schedule as a form holds it. */
export function scheduleFrom(values: Record<string, string>) {
  return {
    startsOn: values.startsOn ?? '',
    startTime: values.startTime ?? '',
    durationMinutes: numberOrText(values.durationMinutes),
    frequency: values.frequency ?? 'once',
    endsOn: (values.endsOn ?? '') === '' ? null : values.endsOn,
  };
}

/**
 * The fields of an activity: name, description, kind, the schedule (when `schedule`), venue, access and
 * places, and whether the public sees it. Accepting an idea and planning the programme both use it.
 */
export function ActivityFields({
  formId,
  errorFor,
  defaults = {},
  schedule = true,
  legend,
  titleOptional = false,
  titleHint,
  capacityHint,
}: {
  formId: string;
  errorFor: (field: string) => string | undefined;
  defaults?: ActivityDefaults;
  schedule?: boolean;
  /** Wraps the fields in a fieldset with this legend. */
  legend?: string;
  titleOptional?: boolean;
  titleHint?: string;
  capacityHint?: string;
}) {
  const f = (name: string) => fieldId(formId, name);
  const fields = (
    <>
      <NativeField
        id={f('title')}
        name="title"
        label={titleOptional ? `${s.title} ${optional}` : s.title}
        hint={titleHint}
        error={errorFor('title')}
        defaultValue={defaults.title}
        maxLength={120}
      />
      <NativeField
        id={f('description')}
        name="description"
        label={`${s.description} ${optional}`}
        error={errorFor('description')}
        defaultValue={defaults.description}
        maxLength={4000}
        multiline
      />
      <SelectField
        id={f('kind')}
        name="kind"
        label={s.kind}
        error={errorFor('kind')}
        options={kindOptions}
        defaultValue={defaults.kind ?? 'other'}
      />
      {schedule ? (
        <>
          <NativeField
            id={f('startsOn')}
            name="startsOn"
            type="date"
            label={s.startsOn}
            error={errorFor('startsOn')}
          />
          <NativeField
            id={f('startTime')}
            name="startTime"
            type="time"
            label={s.startTime}
            hint={s.startTimeHint}
            error={errorFor('startTime')}
          />
          <NativeField
            id={f('durationMinutes')}
            name="durationMinutes"
            type="number"
            inputMode="numeric"
            min={5}
            max={720}
            label={s.duration}
            error={errorFor('durationMinutes')}
            defaultValue="90"
          />
          <SelectField
            id={f('frequency')}
            name="frequency"
            label={s.frequency}
            error={errorFor('frequency')}
            options={FREQUENCIES.map((x) => ({ value: x, label: activitiesStrings.frequencies[x] }))}
            defaultValue="once"
          />
          <NativeField
            id={f('endsOn')}
            name="endsOn"
            type="date"
            label={`${s.endsOn} ${optional}`}
            hint={s.endsOnHint}
            error={errorFor('endsOn')}
          />
        </>
      ) : null}
      <NativeField
        id={f('venue')}
        name="venue"
        label={s.venue}
        error={errorFor('venue')}
        defaultValue={defaults.venue}
        maxLength={300}
      />
      <NativeField
        id={f('accessInformation')}
        name="accessInformation"
        label={s.access}
        hint={s.accessHint}
        error={errorFor('accessInformation')}
        defaultValue={defaults.accessInformation}
        maxLength={2000}
        multiline
      />
      <NativeField
        id={f('capacity')}
        name="capacity"
        type="number"
        inputMode="numeric"
        min={1}
        max={1000}
        label={s.capacity}
        hint={capacityHint}
        error={errorFor('capacity')}
        defaultValue={String(defaults.capacity ?? 12)}
      />
      <CheckboxField
        id={f('isPublic')}
        name="isPublic"
        label={s.isPublic}
        defaultChecked={defaults.isPublic ?? true}
      />
    </>
  );
  return legend ? (
    <fieldset className="act-schedule">
      <legend className="field__label">{legend}</legend>
      {fields}
    </fieldset>
  ) : (
    fields
  );
}
