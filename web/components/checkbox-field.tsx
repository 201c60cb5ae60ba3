interface CheckboxFieldProps {
  id: string;
  name: string;
  label: string;
  hint?: string;
  defaultChecked?: boolean;
}

/** A single native checkbox with its label beside it and an optional hint, read out with the label. */
export function CheckboxField({ id, name, label, hint, defaultChecked = false }: CheckboxFieldProps) {
  const hintId = `${id}-hint`;
  return (
    <div className="field">
      <label className="checkbox" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          name={name}
          defaultChecked={defaultChecked}
          aria-describedby={hint ? hintId : undefined}
        />
        {label}
      </label>
      {hint ? (
        <span className="field__hint" id={hintId}>
          {hint}
        </span>
      ) : null}
    </div>
  );
}
