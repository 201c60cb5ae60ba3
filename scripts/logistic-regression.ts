// Logistic regression with an L2 penalty; used by `npm run train:text`. The risk classifier is fitted
// by full-batch gradient descent (its committed weights come from it); the CHIME theme models by
// L-BFGS, which reaches the optimum of the same loss in a few hundred steps. Small and transparent:
// a few hundred stories and a few thousand features train in seconds.

export interface Example {
  x: number[];
  y: 0 | 1;
}

export interface Fitted {
  weights: number[];
  bias: number;
}

export interface FitOptions {
  /** How much more a positive example counts than a negative one. */
  positiveWeight: number;
  /** Penalty on the first `densePart` features; `sparseL2` on the rest (the words). */
  l2: number;
  sparseL2: number;
  densePart: number;
  epochs: number;
  rate: number;
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export function fitLogistic(examples: Example[], d: number, o: FitOptions): Fitted {
  const w = new Array<number>(d).fill(0);
  let b = 0;
  const total = examples.reduce((n, e) => n + (e.y ? o.positiveWeight : 1), 0);
  // the features are mostly zeros: keep each example's non-zero indices
  const sparse = examples.map((e) => {
    const idx: number[] = [];
    for (let i = 0; i < d; i++) if (e.x[i]) idx.push(i);
    return { idx, e };
  });
  const gw = new Array<number>(d);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    gw.fill(0);
    let gb = 0;
    for (const { idx, e } of sparse) {
      let z = b;
      for (const i of idx) z += (w[i] ?? 0) * (e.x[i] ?? 0);
      const err = (sigmoid(z) - e.y) * (e.y ? o.positiveWeight : 1);
      for (const i of idx) gw[i] = (gw[i] ?? 0) + err * (e.x[i] ?? 0);
      gb += err;
    }
    for (let i = 0; i < d; i++) {
      const penalty = i < o.densePart ? o.l2 : o.sparseL2;
      w[i] = (w[i] ?? 0) - o.rate * ((gw[i] ?? 0) / total + penalty * (w[i] ?? 0));
    }
    b -= o.rate * (gb / total);
  }
  return { weights: w, bias: b };
}

export const probability = (m: Fitted, x: number[]): number =>
  sigmoid(x.reduce((z, v, i) => (v ? z + v * (m.weights[i] ?? 0) : z), m.bias));

/** Out-of-fold probabilities: each example scored by a model fitted without it. */
/** Each example's probability from a model fitted without its fold; `foldOf[i]` is example i's fold. */
export function outOfFold(
  examples: Example[],
  d: number,
  o: FitOptions,
  foldOf: readonly number[],
  folds: number,
): number[] {
  const p = new Array<number>(examples.length).fill(0);
  for (let k = 0; k < folds; k++) {
    const m = fitLogistic(
      examples.filter((_, i) => foldOf[i] !== k),
      d,
      o,
    );
    examples.forEach((e, i) => {
      if (foldOf[i] === k) p[i] = probability(m, e.x);
    });
  }
  return p;
}

export const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;

/** A story's features kept as its non-zero entries: the words are many and mostly absent. */
export interface SparseExample {
  idx: number[];
  val: number[];
  y: 0 | 1;
}

export function toSparse(examples: Example[]): SparseExample[] {
  return examples.map((e) => {
    const idx: number[] = [];
    const val: number[] = [];
    e.x.forEach((v, i) => {
      if (v) {
        idx.push(i);
        val.push(v);
      }
    });
    return { idx, val, y: e.y };
  });
}

export interface LbfgsOptions {
  /** L2 penalty on the first `densePart` features and on the rest (the words). */
  l2: number;
  sparseL2: number;
  densePart: number;
  /** How much more a positive example counts than a negative one. */
  positiveWeight?: number;
  maxIterations?: number;
}

/**
 * The same penalised logistic loss minimised by L-BFGS (Nocedal & Wright 2006, algorithm 7.4, with a
 * backtracking Armijo line search): it converges to the optimum in a few hundred steps where plain
 * gradient descent stops wherever its epoch count runs out, so the penalty chosen by cross-validation
 * is the penalty the model has. Deterministic: no randomness anywhere.
 */
export function fitLogisticLbfgs(examples: SparseExample[], d: number, o: LbfgsOptions): Fitted {
  const pw = o.positiveWeight ?? 1;
  const total = examples.reduce((n, e) => n + (e.y ? pw : 1), 0);
  const n = d + 1; // the bias is the last coordinate and is not penalised
  const penalty = (i: number): number => (i < o.densePart ? o.l2 : o.sparseL2);
  const evaluate = (w: Float64Array, g: Float64Array): number => {
    g.fill(0);
    let loss = 0;
    const b = w[d] ?? 0;
    for (const e of examples) {
      let z = b;
      for (let k = 0; k < e.idx.length; k++) z += (w[e.idx[k] ?? 0] ?? 0) * (e.val[k] ?? 0);
      const c = e.y ? pw : 1;
      // log(1 + e^-z) and log(1 + e^z), computed without overflow
      loss +=
        c *
        (e.y
          ? Math.max(-z, 0) + Math.log1p(Math.exp(-Math.abs(z)))
          : Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z))));
      const err = c * (sigmoid(z) - e.y);
      for (let k = 0; k < e.idx.length; k++) {
        const i = e.idx[k] ?? 0;
        g[i] = (g[i] ?? 0) + err * (e.val[k] ?? 0);
      }
      g[d] = (g[d] ?? 0) + err;
    }
    loss /= total;
    for (let i = 0; i < n; i++) g[i] = (g[i] ?? 0) / total;
    for (let i = 0; i < d; i++) {
      const wi = w[i] ?? 0;
      loss += 0.5 * penalty(i) * wi * wi;
      g[i] = (g[i] ?? 0) + penalty(i) * wi;
    }
    return loss;
  };
  const dot = (a: Float64Array, b: Float64Array): number => {
    let s = 0;
    for (let i = 0; i < n; i++) s += (a[i] ?? 0) * (b[i] ?? 0);
    return s;
  };
  const memory = 10;
  const ss: Float64Array[] = [];
  const ys: Float64Array[] = [];
  const rhos: number[] = [];
  let w = new Float64Array(n);
  let g = new Float64Array(n);
  let f = evaluate(w, g);
  const dir = new Float64Array(n);
  const alpha = new Array<number>(memory).fill(0);
  const maxIterations = o.maxIterations ?? 500;
  for (let it = 0; it < maxIterations; it++) {
    // two-loop recursion: dir = -H·g
    for (let i = 0; i < n; i++) dir[i] = -(g[i] ?? 0);
    for (let j = ss.length - 1; j >= 0; j--) {
      const a = (rhos[j] ?? 0) * dot(ss[j] as Float64Array, dir);
      alpha[j] = a;
      const y = ys[j] as Float64Array;
      for (let i = 0; i < n; i++) dir[i] = (dir[i] ?? 0) - a * (y[i] ?? 0);
    }
    if (ss.length > 0) {
      const last = ss.length - 1;
      const gamma =
        dot(ss[last] as Float64Array, ys[last] as Float64Array) /
        dot(ys[last] as Float64Array, ys[last] as Float64Array);
      for (let i = 0; i < n; i++) dir[i] = (dir[i] ?? 0) * gamma;
    }
    for (let j = 0; j < ss.length; j++) {
      const beta = (rhos[j] ?? 0) * dot(ys[j] as Float64Array, dir);
      const s = ss[j] as Float64Array;
      for (let i = 0; i < n; i++) dir[i] = (dir[i] ?? 0) + (s[i] ?? 0) * ((alpha[j] ?? 0) - beta);
    }
    let slope = dot(g, dir);
    if (slope >= 0) {
      // not a descent direction: start the memory again from steepest descent
      ss.length = 0;
      ys.length = 0;
      rhos.length = 0;
      for (let i = 0; i < n; i++) dir[i] = -(g[i] ?? 0);
      slope = dot(g, dir);
    }
    let step = it === 0 && ss.length === 0 ? 1 / Math.max(1, Math.sqrt(-slope)) : 1;
    const wNext = new Float64Array(n);
    const gNext = new Float64Array(n);
    let fNext = f;
    for (let tries = 0; tries < 40; tries++) {
      for (let i = 0; i < n; i++) wNext[i] = (w[i] ?? 0) + step * (dir[i] ?? 0);
      fNext = evaluate(wNext, gNext);
      if (fNext <= f + 1e-4 * step * slope) break;
      step /= 2;
    }
    const s = new Float64Array(n);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      s[i] = (wNext[i] ?? 0) - (w[i] ?? 0);
      y[i] = (gNext[i] ?? 0) - (g[i] ?? 0);
    }
    const sy = dot(s, y);
    const done = Math.abs(f - fNext) <= 1e-9 * Math.max(1, Math.abs(f));
    w = wNext;
    g = gNext;
    f = fNext;
    if (done || Math.sqrt(dot(g, g)) < 1e-6) break;
    if (sy > 1e-12) {
      ss.push(s);
      ys.push(y);
      rhos.push(1 / sy);
      if (ss.length > memory) {
        ss.shift();
        ys.shift();
        rhos.shift();
      }
    }
  }
  return { weights: Array.from(w.subarray(0, d)), bias: w[d] ?? 0 };
}

export const sparseProbability = (m: Fitted, e: SparseExample): number => {
  let z = m.bias;
  for (let k = 0; k < e.idx.length; k++) z += (m.weights[e.idx[k] ?? 0] ?? 0) * (e.val[k] ?? 0);
  return sigmoid(z);
};
