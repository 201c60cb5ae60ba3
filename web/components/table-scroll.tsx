import type { ReactNode } from 'react';

/**
 * The box around a table that may be wider than a phone. It scrolls sideways, so it is a named region
 * in the tab order: someone using a keyboard can reach it and scroll it with the arrow keys (WCAG
 * 2.1.1), and a screen reader says what it holds. Name it with `label` or `labelledBy`.
 */
export function TableScroll({
  label,
  labelledBy,
  className,
  children,
}: {
  children: ReactNode;
  className?: string;
} & ({ label: string; labelledBy?: never } | { labelledBy: string; label?: never })) {
  return (
    <div
      className={className ? `table-scroll ${className}` : 'table-scroll'}
      role="region"
      aria-label={label}
      aria-labelledby={labelledBy}
      tabIndex={0}
    >
      {children}
    </div>
  );
}
