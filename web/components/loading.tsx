import { strings } from '../lib/strings.js';

export function Loading({ label = strings.common.loading }: { label?: string }) {
  return (
    <p className="loading" role="status">
      {label}
    </p>
  );
}
