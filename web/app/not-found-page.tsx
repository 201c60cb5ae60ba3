import { NotFound } from '../components/not-found.js';

export function NotFoundPage() {
  return <NotFound />;
}
