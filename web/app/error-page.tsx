import { Component, useEffect, type ReactNode } from 'react';
import { translate } from '../lib/i18n/i18n.js';

/**
 * Last resort when a page fails to render: a plain page that does not depend on the rest of the app,
 * in the language on screen (its words are on the first page, so they are here whatever failed).
 */
export function ErrorPage() {
  const title = translate('errors.crashTitle');
  useEffect(() => {
    document.title = translate('page.title', { page: title });
  }, [title]);
  return (
    <div className="page">
      <main className="main" id="main">
        <div className="container">
          <h1 className="page-title">{title}</h1>
          <p>{translate('errors.crashBody')}</p>
          <p>
            <a href="/">{translate('errors.notFoundHome')}</a>
          </p>
        </div>
      </main>
    </div>
  );
}

interface BoundaryProps {
  /** The page's path: moving to another page clears the error, as a fresh load would. */
  pathname: string;
  children: ReactNode;
}

interface BoundaryState {
  failed: boolean;
  pathname: string;
}

/** Shows `ErrorPage` in place of any page that throws while rendering, or whose code failed to load. */
export class PageErrorBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { failed: false, pathname: this.props.pathname };

  static getDerivedStateFromError(): Partial<BoundaryState> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    return props.pathname === state.pathname ? null : { failed: false, pathname: props.pathname };
  }

  override render() {
    return this.state.failed ? <ErrorPage /> : this.props.children;
  }
}
