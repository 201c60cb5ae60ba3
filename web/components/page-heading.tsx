import { useEffect, type ReactNode } from 'react';
import { APP_NAME, useT } from '../lib/i18n/i18n.js';

interface PageHeadingProps {
  children: ReactNode;
  /** The page title in the browser tab; defaults to the heading when that is plain text. */
  title?: string;
  /** Prefix the title with "Error:" so screen reader users hear it first. */
  hasErrors?: boolean;
  caption?: ReactNode;
}

/** The page's one h1, and the document title. The layout moves focus here after each navigation. */
export function PageHeading({ children, title, hasErrors = false, caption }: PageHeadingProps) {
  const t = useT();
  const page = title ?? (typeof children === 'string' ? children : APP_NAME);
  const documentTitle = hasErrors ? t('page.errorTitle', { page }) : t('page.title', { page });
  useEffect(() => {
    document.title = documentTitle;
  }, [documentTitle]);
  return (
    <>
      {caption ? <p className="page-caption">{caption}</p> : null}
      <h1 className="page-title" tabIndex={-1}>
        {children}
      </h1>
    </>
  );
}
