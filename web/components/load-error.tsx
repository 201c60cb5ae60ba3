import { ApiError } from '../lib/api.js';
import { useT } from '../lib/i18n/i18n.js';
import { Button } from './button.js';

interface LoadErrorProps {
  error: unknown;
  onRetry?: () => void;
}

/** Shown in place of content that could not be loaded. */
export function LoadError({ error, onRetry }: LoadErrorProps) {
  const t = useT();
  const detail = error instanceof ApiError ? error.problem.detail : t('errors.generic');
  return (
    <div className="callout callout--error" role="alert">
      <h2 className="callout__title">{t('errors.loadFailed')}</h2>
      <p>{detail}</p>
      {onRetry ? (
        <Button variant="secondary" onPress={onRetry}>
          {t('errors.tryAgain')}
        </Button>
      ) : null}
    </div>
  );
}
