import { useEffect, useRef, useState } from 'react';
import { StatusMessage } from './status-message.js';

/**
 * A status message that takes focus when it changes, so keyboard and screen reader users land on it.
 * `className` styles the focusable wrapper (each feature keeps its own focus style).
 */
export function useFocusedStatus(className: string) {
  const [status, setStatus] = useState({ text: '', count: 0 });
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (status.count > 0) ref.current?.focus();
  }, [status]);
  const show = (text: string) => setStatus((previous) => ({ text, count: previous.count + 1 }));
  const node = (
    <div ref={ref} tabIndex={-1} className={className}>
      <StatusMessage>{status.text || null}</StatusMessage>
    </div>
  );
  return { show, node };
}
