import type { HTMLInputAutoCompleteAttribute } from 'react';
import { Input, Label, Text, TextArea, TextField as AriaTextField } from 'react-aria-components';
import { useT } from '../lib/i18n/i18n.js';

interface TextFieldProps {
  id: string;
  name: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  type?: 'text' | 'email' | 'password';
  autoComplete?: HTMLInputAutoCompleteAttribute;
  defaultValue?: string;
  multiline?: boolean;
  isRequired?: boolean;
  isReadOnly?: boolean;
  spellCheck?: boolean;
  /** Width hint in characters, so the box suggests how much to type. */
  width?: 'full' | 'medium' | 'short';
}

/** A labelled text box with an optional hint and an inline error, in the GOV.UK pattern. */
export function TextField({
  id,
  name,
  label,
  hint,
  error,
  type = 'text',
  autoComplete,
  defaultValue,
  multiline = false,
  isRequired = false,
  isReadOnly = false,
  spellCheck,
  width = 'full',
}: TextFieldProps) {
  const t = useT();
  const spell = spellCheck === undefined ? undefined : spellCheck ? 'true' : 'false';
  return (
    <AriaTextField
      id={id}
      name={name}
      type={type}
      className="field"
      isInvalid={Boolean(error)}
      isRequired={isRequired}
      isReadOnly={isReadOnly}
      validationBehavior="aria"
      {...(autoComplete === undefined ? {} : { autoComplete })}
      {...(defaultValue === undefined ? {} : { defaultValue })}
    >
      <Label className="field__label">{label}</Label>
      {hint ? (
        <Text slot="description" className="field__hint">
          {hint}
        </Text>
      ) : null}
      {error ? (
        <Text slot="errorMessage" className="field__error">
          <span className="visually-hidden">{t('errors.summaryTitle')}: </span>
          {error}
        </Text>
      ) : null}
      {multiline ? (
        <TextArea className="field__input field__input--textarea" rows={4} spellCheck={spell} />
      ) : (
        <Input className={`field__input field__input--${width}`} spellCheck={spell} />
      )}
    </AriaTextField>
  );
}
