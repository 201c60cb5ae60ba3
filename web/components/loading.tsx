import { useT } from '../lib/i18n/i18n.js';

export function Loading({ label }: { label?: string }) {
  const t = useT();
  return (
    <p className="loading" role="status">
      {label ?? t('layout.loading')}
    </p>
  );
}
