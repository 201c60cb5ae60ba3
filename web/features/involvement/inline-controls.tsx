import type { FormEvent, ReactNode } from 'react';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { InlineFormButtons } from '../../components/inline-form-buttons.js';
import type { FormError } from '../../lib/form-errors.js';
import { involvementStrings } from '../../lib/strings/involvement.js';
import { cancelOnEscape, useFocusFirstField } from './inline-edit.js';

const c = involvementStrings.common;

/**
 * A record changed in place: its errors above, focus on its first field as it opens, and Escape or
 * Cancel to close it without saving.
 */
export function InlineEditForm({
  formId,
  label,
  errors,
  headingLevel,
  submit,
  isPending,
  onSubmit,
  onClose,
  children,
}: {
  formId: string;
  /** The form's accessible name: what is being changed. */
  label: string;
  errors: FormError[];
  headingLevel: 3 | 4;
  submit: string;
  isPending: boolean;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  onClose: () => void;
  children: ReactNode;
}) {
  const formRef = useFocusFirstField();
  return (
    <div className="inv-edit">
      <ErrorSummary formId={formId} errors={errors} headingLevel={headingLevel} />
      <form
        id={formId}
        ref={formRef}
        noValidate
        onSubmit={onSubmit}
        onKeyDown={cancelOnEscape(onClose)}
        className="form"
        aria-label={label}
      >
        {children}
        <InlineFormButtons
          submit={submit}
          pendingLabel={c.saving}
          isPending={isPending}
          close={c.cancel}
          onClose={onClose}
        />
      </form>
    </div>
  );
}

/** The answers to "delete this?": yes (a warning button), or cancel. */
export function ConfirmRemoveButtons({
  yes,
  isPending,
  onConfirm,
  onCancel,
}: {
  yes: string;
  isPending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <div className="button-group">
      <Button variant="warning" isPending={isPending} pendingLabel={c.saving} onPress={onConfirm}>
        {yes}
      </Button>
      <Button variant="link" onPress={onCancel}>
        {c.cancel}
      </Button>
    </div>
  );
}
