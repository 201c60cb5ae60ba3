import { Link } from 'react-router';
import { useDevOutboxAvailable } from '../lib/dev-outbox.js';

/** A link to the development mail outbox, shown only when Cairn runs in development. */
export function DevOutboxLink({ children }: { children: string }) {
  const available = useDevOutboxAvailable();
  if (!available) return null;
  return (
    <p className="dev-note">
      <Link to="/dev/outbox">{children}</Link>
    </p>
  );
}
