import type { ConsentTier, StoryResponse } from '../../../contracts/stories.js';
import { Loading } from '../../components/loading.js';
import { TextField } from '../../components/text-field.js';
import { fieldId } from '../../lib/form-errors.js';
import { storiesStrings } from '../../lib/strings/stories.js';
import { ChoiceGroup } from './choice-group.js';
import { useConsentVoice } from './consent-api.js';

export type Identification = 'anonymous' | 'pseudonym' | 'first_name';
const IDENTIFICATIONS = ['anonymous', 'pseudonym', 'first_name'] as const;

interface TierDetailsProps {
  formId: string;
  story: StoryResponse;
  tier: ConsentTier;
  errorFor: (field: string) => string | undefined;
  organisations: readonly { id: string; name: string }[];
  organisationsPending: boolean;
  partners: readonly string[];
  onPartner: (id: string, checked: boolean) => void;
  identification: Identification;
  onIdentification: (identification: Identification) => void;
  expiry: string;
  onExpiry: (expiry: string) => void;
}

/** The questions a choice of who may see a story needs answered: which partners, what for, how named, until when. */
export function TierDetails(props: TierDetailsProps) {
  const { formId, story, tier, errorFor } = props;
  const v = useConsentVoice(story);
  const consent = story.consent;
  if (tier === 'private') return null;
  const expiryField = (
    <ExpiryField
      id={fieldId(formId, 'expiresAt')}
      label={v.expiry}
      hint={v.expiryHint}
      value={props.expiry}
      onChange={props.onExpiry}
      error={errorFor('expiresAt')}
    />
  );
  if (tier === 'analysis') return expiryField;
  if (tier === 'partners') {
    return (
      <>
        {props.organisationsPending ? <Loading /> : null}
        <ChoiceGroup
          id={fieldId(formId, 'partnerOrganisationIds')}
          name="partnerOrganisationIds"
          type="checkbox"
          legend={v.partners}
          error={errorFor('partnerOrganisationIds')}
          choices={props.organisations.map((o) => ({ value: o.id, label: o.name }))}
          selected={props.partners}
          onChange={props.onPartner}
        />
        <TextField
          id={fieldId(formId, 'purpose')}
          name="purpose"
          label={v.purpose}
          hint={v.purposeHint}
          autoComplete="off"
          defaultValue={consent?.purpose ?? ''}
          error={errorFor('purpose')}
        />
        {expiryField}
      </>
    );
  }
  return (
    <>
      <ChoiceGroup
        id={fieldId(formId, 'identification')}
        name="identification"
        legend={v.identification}
        error={errorFor('identification')}
        choices={IDENTIFICATIONS.map((value) => ({ value, label: v.identifications[value] }))}
        selected={[props.identification]}
        onChange={(value) => props.onIdentification(value as Identification)}
        reveal={(value) =>
          value === 'pseudonym' ? (
            <TextField
              id={fieldId(formId, 'pseudonym')}
              name="pseudonym"
              label={v.pseudonym}
              autoComplete="off"
              width="medium"
              defaultValue={consent?.pseudonym ?? ''}
              error={errorFor('pseudonym')}
            />
          ) : null
        }
      />
      {expiryField}
    </>
  );
}

/** A date kept while someone moves between choices, so nothing typed is lost. */
function ExpiryField({
  id,
  label,
  hint,
  value,
  onChange,
  error,
}: {
  id: string;
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}) {
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        {hint}
      </p>
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">{storiesStrings.errorPrefix}</span>
          {error}
        </p>
      ) : null}
      <input
        id={id}
        name="expiresAt"
        type="date"
        className="field__input field__input--short"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
      />
    </div>
  );
}
