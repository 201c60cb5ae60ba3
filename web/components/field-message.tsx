import { useT } from '../lib/i18n/i18n.js';

/** The ids a native control is described by: its hint (`{id}-hint`) and its error (`{id}-error`), when shown. */
export function fieldDescribedBy(id: string, hint: unknown, error: unknown): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
}

/** A native field's hint and inline error in the GOV.UK pattern, with the ids `fieldDescribedBy` points at. */
export function FieldHintAndError({
  id,
  hint,
  error,
}: {
  id: string;
  hint?: string | undefined;
  error?: string | undefined;
}) {
  const t = useT();
  return (
    <>
      {hint ? (
        <span className="field__hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">{t('errors.summaryTitle')}: </span>
          {error}
        </span>
      ) : null}
    </>
  );
}
