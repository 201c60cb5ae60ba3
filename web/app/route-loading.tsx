import { Loading } from '../components/loading.js';

export function RouteLoading() {
  return (
    <main className="main main--loading">
      <Loading />
    </main>
  );
}
