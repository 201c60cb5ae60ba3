import { Component, useEffect, type ReactNode } from 'react';
import { strings } from '../lib/strings.js';

/** Last resort when a page fails to render: a plain page that does not depend on the rest of the app. */
export function ErrorPage() {
  useEffect(() => {
    document.title = `${strings.errors.crashTitle} – ${strings.titleSuffix}`;
  }, []);
  return (
    <div className="page">
      <main className="main" id="main">
        <div className="container">
          <h1 className="page-title">{strings.errors.crashTitle}</h1>
          <p>{strings.errors.crashBody}</p>
          <p>
            <a href="/">{strings.errors.notFoundHome}</a>
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
