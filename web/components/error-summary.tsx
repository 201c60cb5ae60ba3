import { useEffect, useRef, type MouseEvent } from 'react';
import { fieldId, type FormError } from '../lib/form-errors.js';
import { useT } from '../lib/i18n/i18n.js';

interface ErrorSummaryProps {
  formId: string;
  errors: readonly FormError[];
  /** Heading level for the summary's title, to fit where it sits in the page (2 by default). */
  headingLevel?: 2 | 3 | 4;
}

function focusField(id: string): void {
  const element = document.getElementById(id);
  if (!element) return;
  const target = element.matches('input, select, textarea, button')
    ? element
    : element.querySelector<HTMLElement>('input:not([type=hidden]), select, textarea');
  (target ?? element).focus();
  element.scrollIntoView({ block: 'center' });
}

/** GOV.UK-style summary of what needs fixing; takes focus whenever the errors change. */
export function ErrorSummary({ formId, errors, headingLevel = 2 }: ErrorSummaryProps) {
  const t = useT();
  const Heading = `h${headingLevel}` as const;
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [errors]);

  if (errors.length === 0) return null;

  const onLinkClick = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    event.preventDefault();
    focusField(id);
  };

  return (
    <div className="error-summary" ref={ref} tabIndex={-1} aria-labelledby={`${formId}-error-summary-title`}>
      <Heading className="error-summary__title" id={`${formId}-error-summary-title`}>
        {t('errors.summaryTitle')}
      </Heading>
      <ul className="error-summary__list">
        {errors.map((error, index) => {
          const id = error.field ? fieldId(formId, error.field) : null;
          return (
            <li key={`${error.field ?? 'form'}-${index}`}>
              {id ? (
                <a href={`#${id}`} onClick={(event) => onLinkClick(event, id)}>
                  {error.message}
                </a>
              ) : (
                error.message
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
