import { Button } from '../../components/button.js';
import { fieldDescribedBy, FieldHintAndError } from '../../components/field-message.js';
import { fieldId } from '../../lib/form-errors.js';
import { storiesStrings } from '../../lib/strings/stories.js';
import { ChoiceGroup } from './choice-group.js';

const s = storiesStrings.consentRoom.ask;
export const SENDS = ['email', 'text', 'print'] as const;
export type Send = (typeof SENDS)[number];

interface AskToConfirmProps {
  formId: string;
  send: Send | null;
  onSend: (send: Send) => void;
  /** Another email address and another mobile number, each kept while they switch between them. */
  to: Record<'email' | 'text', string>;
  onTo: (channel: 'email' | 'text', to: string) => void;
  errorFor: (field: string) => string | undefined;
  isPending: boolean;
}

/**
 * For a storyteller without an account who agreed in the room to share beyond the organisation:
 * how to ask them to confirm it themselves (a link by email or text message, or a printed record),
 * and where to send it when not to the contact recorded with the story.
 */
export function AskToConfirm({ formId, send, onSend, to, onTo, errorFor, isPending }: AskToConfirmProps) {
  return (
    <div className="ask-to-confirm">
      <h3>{s.title}</h3>
      <p>{s.lead}</p>
      <ChoiceGroup
        id={fieldId(formId, 'send')}
        name="send"
        legend={s.send}
        error={errorFor('send')}
        choices={SENDS.map((value) => ({ value, label: s.sends[value], hint: s.sendHints[value] }))}
        selected={send ? [send] : []}
        onChange={(value) => onSend(value as Send)}
        reveal={(value) =>
          value === 'print' ? null : (
            <ContactInput
              id={fieldId(formId, 'to')}
              label={value === 'email' ? s.toEmail : s.toText}
              type={value === 'email' ? 'email' : 'tel'}
              value={to[value as 'email' | 'text']}
              onChange={(typed) => onTo(value as 'email' | 'text', typed)}
              error={errorFor('to')}
            />
          )
        }
      />
      <Button type="submit" isPending={isPending} pendingLabel={s.sending}>
        {s.submit}
      </Button>
    </div>
  );
}

function ContactInput({
  id,
  label,
  type,
  value,
  onChange,
  error,
}: {
  id: string;
  label: string;
  type: 'email' | 'tel';
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}) {
  return (
    <div className="field" data-invalid={error ? '' : undefined}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <FieldHintAndError id={id} hint={s.toHint} error={error} />
      <input
        id={id}
        name="to"
        type={type}
        autoComplete="off"
        spellCheck={false}
        className="field__input field__input--medium"
        aria-describedby={fieldDescribedBy(id, s.toHint, error)}
        aria-invalid={error ? true : undefined}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
