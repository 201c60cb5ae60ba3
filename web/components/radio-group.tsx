import { Label, Radio, RadioGroup as AriaRadioGroup, Text } from 'react-aria-components';
import { useT } from '../lib/i18n/i18n.js';

interface RadioOption {
  value: string;
  label: string;
  hint?: string;
}

interface RadioGroupProps {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  options: readonly RadioOption[];
  defaultValue?: string;
}

/** A set of radios in the GOV.UK pattern: a legend-like label, a hint, an inline error, one hint per option. */
export function RadioGroup({ id, name, label, hint, error, options, defaultValue }: RadioGroupProps) {
  const t = useT();
  return (
    <AriaRadioGroup
      id={id}
      name={name}
      className="field radios"
      isInvalid={Boolean(error)}
      validationBehavior="aria"
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
      <div className="radios__options">
        {options.map((option) => (
          <Radio key={option.value} value={option.value} className="radio">
            <span className="radio__mark" aria-hidden="true" />
            <span className="radio__text">
              <span className="radio__label">{option.label}</span>
              {option.hint ? <span className="radio__hint">{option.hint}</span> : null}
            </span>
          </Radio>
        ))}
      </div>
    </AriaRadioGroup>
  );
}
