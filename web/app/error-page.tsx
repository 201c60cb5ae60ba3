import { useEffect } from 'react';
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
