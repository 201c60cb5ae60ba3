import { useEffect, useRef, type KeyboardEvent } from 'react';

/**
 * For a button that opens something in place (an edit form, a confirmation): when it closes again,
 * focus goes back to the button, so keyboard and screen reader users stay where they were.
 */
export function useFocusWhenClosed<T extends HTMLElement = HTMLButtonElement>(open: boolean) {
  const ref = useRef<T>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (!open && wasOpen.current) ref.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return ref;
}

/** Focus moves to the first field of an inline form as soon as it opens. */
export function useFocusFirstField() {
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('input:not([type=hidden]), select, textarea')?.focus();
  }, []);
  return ref;
}

/** Escape anywhere in an inline form cancels it. */
export function cancelOnEscape(onCancel: () => void) {
  return (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    onCancel();
  };
}

/** The fields of `next` whose values differ from `current`: a PATCH sends only what changed. */
export function changedFields<T extends Record<string, unknown>>(
  next: T,
  current: Readonly<Record<string, unknown>>,
): Partial<T> {
  return Object.fromEntries(
    Object.entries(next).filter(([key, value]) => current[key] !== value),
  ) as Partial<T>;
}
