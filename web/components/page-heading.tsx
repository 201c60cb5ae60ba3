import { useEffect, type ReactNode } from 'react';
import { strings } from '../lib/strings.js';

interface PageHeadingProps {
  children: ReactNode;
  /** The page title in the browser tab; defaults to the heading when that is plain text. */
  title?: string;
  /** Prefix the title with "Error:" so screen reader users hear it first. */
  hasErrors?: boolean;
  caption?: string | undefined;
}

/** The page's one h1, and the document title. The layout moves focus here after each navigation. */
export function PageHeading({ children, title, hasErrors = false, caption }: PageHeadingProps) {
  const base = title ?? (typeof children === 'string' ? children : strings.appName);
  const documentTitle = `${hasErrors ? strings.errorTitlePrefix : ''}${base} – ${strings.titleSuffix}`;
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
