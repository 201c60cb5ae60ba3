import { fieldDescribedBy, FieldHintAndError } from './field-message.js';

interface SelectOption {
  value: string;
  label: string;
}

/** A labelled native select. Controlled when `value` is given, otherwise it keeps its own value. */
export function SelectField({
  id,
  name,
  label,
  hint,
  error,
  options,
  placeholder,
  defaultValue,
  value,
  onChange,
}: {
  id: string;
  name: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  options: readonly SelectOption[];
  placeholder?: string;
  defaultValue?: string;
  value?: string;
  onChange?: (value: string) => void;
}) {
  const control =
    value === undefined
      ? { defaultValue: defaultValue ?? (placeholder ? '' : options[0]?.value) }
      : { value, onChange: (event: { target: { value: string } }) => onChange?.(event.target.value) };
  return (
    <div className="field" data-invalid={error ? '' : undefined}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <FieldHintAndError id={id} hint={hint} error={error} />
      <select
        id={id}
        name={name}
        className="select"
        aria-describedby={fieldDescribedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...control}
      >
        {placeholder ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
