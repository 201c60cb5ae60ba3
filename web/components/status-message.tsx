import type { ReactNode } from 'react';

/**
 * A polite live region that is always in the page, so screen readers announce what appears in it.
 * It looks like a success message; `count` is for a count of what is shown ("5 stories found"),
 * which reads as plain text.
 */
export function StatusMessage({ children, count = false }: { children?: ReactNode; count?: boolean }) {
  const kind = !children ? ' status-message--empty' : count ? ' status-message--count' : '';
  return (
    <div role="status" className={`status-message${kind}`}>
      {children}
    </div>
  );
}
