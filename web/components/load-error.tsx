import { ApiError } from '../lib/api.js';
import { strings } from '../lib/strings.js';
import { Button } from './button.js';

interface LoadErrorProps {
  error: unknown;
  onRetry?: () => void;
}

/** Shown in place of content that could not be loaded. */
export function LoadError({ error, onRetry }: LoadErrorProps) {
  const detail = error instanceof ApiError ? error.problem.detail : strings.errors.generic;
  return (
    <div className="callout callout--error" role="alert">
      <h2 className="callout__title">{strings.errors.loadFailed}</h2>
      <p>{detail}</p>
      {onRetry ? (
        <Button variant="secondary" onPress={onRetry}>
          {strings.common.tryAgain}
        </Button>
      ) : null}
    </div>
  );
}
