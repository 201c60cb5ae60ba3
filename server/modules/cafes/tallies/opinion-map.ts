// The geometry behind opinion groups: each voter's row projected to two dimensions with PCA (power
// iteration), then seeded k-means++ and silhouettes to judge a grouping. Deterministic throughout.

export type Point = [number, number];

/** Centre the columns and project each row onto the first two principal components. */
export function project(matrix: readonly (readonly number[])[]): Point[] {
  const n = matrix.length;
  const m = matrix[0]?.length ?? 0;
  if (n === 0 || m === 0) return matrix.map(() => [0, 0]);
  const means = Array.from({ length: m }, (_, j) => matrix.reduce((s, row) => s + (row[j] ?? 0), 0) / n);
  const centred = matrix.map((row) => row.map((value, j) => value - (means[j] ?? 0)));
  const covariance = Array.from({ length: m }, (_, a) =>
    Array.from({ length: m }, (_, b) => centred.reduce((s, row) => s + (row[a] ?? 0) * (row[b] ?? 0), 0)),
  );
  const first = powerIteration(covariance);
  // Deflate so the second run finds the next direction, orthogonal to the first.
  const deflated = covariance.map((row, a) =>
    row.map((value, b) => value - first.value * (first.vector[a] ?? 0) * (first.vector[b] ?? 0)),
  );
  const second = powerIteration(deflated);
  return centred.map((row) => [dot(row, first.vector), dot(row, second.vector)]);
}

function powerIteration(matrix: readonly (readonly number[])[]): { vector: number[]; value: number } {
  const m = matrix.length;
  // A fixed, uneven start avoids beginning orthogonal to the answer and keeps runs identical.
  let vector = normalise(Array.from({ length: m }, (_, i) => 1 + (i + 1) / (m + 1)));
  let value = 0;
  for (let iteration = 0; iteration < 500; iteration++) {
    const next = matrix.map((row) => dot(row, vector));
    const length = Math.hypot(...next);
    if (length < 1e-12) return { vector: vector.map(() => 0), value: 0 };
    const normalised = next.map((x) => x / length);
    const change = Math.hypot(...normalised.map((x, i) => x - (vector[i] ?? 0)));
    vector = normalised;
    value = length;
    if (change < 1e-10) break;
  }
  // Fix the sign (largest entry positive) so the map does not flip between runs.
  const largest = vector.reduce((best, x) => (Math.abs(x) > Math.abs(best) ? x : best), 0);
  return { vector: largest < 0 ? vector.map((x) => -x) : vector, value };
}

export function kMeans(points: readonly Point[], k: number, seed: number, restarts: number): number[] {
  const random = mulberry32(seed);
  let best: { labels: number[]; inertia: number } | null = null;
  for (let attempt = 0; attempt < restarts; attempt++) {
    let centres = plusPlusCentres(points, k, random);
    let labels = points.map(() => 0);
    for (let iteration = 0; iteration < 100; iteration++) {
      const next = points.map((p) => nearest(p, centres));
      const settled = iteration > 0 && next.every((label, i) => label === labels[i]);
      labels = next;
      if (settled) break;
      centres = centres.map((centre, c) => {
        const members = points.filter((_, i) => labels[i] === c);
        if (members.length === 0) return centre;
        return [mean(members.map((p) => p[0])), mean(members.map((p) => p[1]))];
      });
    }
    const inertia = points.reduce((s, p, i) => s + distance2(p, centres[labels[i] ?? 0] ?? p), 0);
    if (new Set(labels).size === k && (!best || inertia < best.inertia - 1e-12)) best = { labels, inertia };
  }
  return best?.labels ?? points.map(() => 0);
}

/** k-means++ seeding: spread the starting centres out, drawing from the seeded generator. */
function plusPlusCentres(points: readonly Point[], k: number, random: () => number): Point[] {
  const first = points[Math.floor(random() * points.length)] ?? [0, 0];
  const centres: Point[] = [first];
  while (centres.length < k) {
    const weights = points.map((p) => Math.min(...centres.map((c) => distance2(p, c))));
    const total = weights.reduce((s, w) => s + w, 0);
    if (total <= 0) break;
    let target = random() * total;
    let chosen = points[points.length - 1] ?? first;
    for (let i = 0; i < points.length; i++) {
      target -= weights[i] ?? 0;
      if (target <= 0) {
        chosen = points[i] ?? chosen;
        break;
      }
    }
    centres.push(chosen);
  }
  return centres;
}

/** Mean silhouette; a point alone in its group scores 0, the usual convention. */
export function silhouette(points: readonly Point[], labels: readonly number[], k: number): number {
  if (new Set(labels).size < 2) return -1;
  let total = 0;
  points.forEach((p, i) => {
    const own = labels[i] ?? 0;
    const sums = Array.from({ length: k }, () => 0);
    const sizes = Array.from({ length: k }, () => 0);
    points.forEach((q, j) => {
      if (i === j) return;
      const label = labels[j] ?? 0;
      sums[label] = (sums[label] ?? 0) + Math.sqrt(distance2(p, q));
      sizes[label] = (sizes[label] ?? 0) + 1;
    });
    const ownSize = sizes[own] ?? 0;
    if (ownSize === 0) return;
    const a = (sums[own] ?? 0) / ownSize;
    let b = Infinity;
    for (let c = 0; c < k; c++) {
      const size = sizes[c] ?? 0;
      if (c !== own && size > 0) b = Math.min(b, (sums[c] ?? 0) / size);
    }
    const spread = Math.max(a, b);
    total += spread === 0 || !Number.isFinite(b) ? 0 : (b - a) / spread;
  });
  return total / points.length;
}

/** Number groups by size, largest first (ties by first member), so "group 0" means the same each run. */
export function relabel(labels: readonly number[]): number[] {
  const stats = new Map<number, { size: number; first: number }>();
  labels.forEach((label, i) => {
    const s = stats.get(label);
    if (s) s.size += 1;
    else stats.set(label, { size: 1, first: i });
  });
  const order = [...stats].sort((a, b) => b[1].size - a[1].size || a[1].first - b[1].first).map(([l]) => l);
  const mapping = new Map(order.map((label, index) => [label, index]));
  return labels.map((label) => mapping.get(label) ?? 0);
}

function nearest(p: Point, centres: readonly Point[]): number {
  let best = 0;
  let bestDistance = Infinity;
  centres.forEach((c, i) => {
    const d = distance2(p, c);
    if (d < bestDistance - 1e-12) {
      best = i;
      bestDistance = d;
    }
  });
  return best;
}

function distance2(p: Point, q: Point): number {
  return (p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2;
}

function dot(a: readonly number[], b: readonly number[]): number {
  return a.reduce((s, x, i) => s + x * (b[i] ?? 0), 0);
}

function normalise(v: readonly number[]): number[] {
  const length = Math.hypot(...v);
  return length === 0 ? [...v] : v.map((x) => x / length);
}

function mean(values: readonly number[]): number {
  return values.reduce((s, x) => s + x, 0) / values.length;
}

/** Small seeded generator (mulberry32): enough for choosing k-means starting points reproducibly. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
