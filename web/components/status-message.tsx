import type { ReactNode } from 'react';

/** A polite live region that is always in the page, so screen readers announce what appears in it. */
export function StatusMessage({ children }: { children?: ReactNode }) {
  return (
    <div role="status" className={children ? 'status-message' : 'status-message status-message--empty'}>
      {children}
    </div>
  );
}
