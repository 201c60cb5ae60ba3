// Logistic regression with an L2 penalty, fitted by full-batch gradient descent; used by
// `npm run train:text` for the risk classifier and the CHIME theme models. Small and transparent:
// a few hundred stories and a few thousand features train in seconds to a minute.

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
export function outOfFold(examples: Example[], d: number, o: FitOptions, folds: number): number[] {
  const p = new Array<number>(examples.length).fill(0);
  for (let k = 0; k < folds; k++) {
    const m = fitLogistic(
      examples.filter((_, i) => i % folds !== k),
      d,
      o,
    );
    examples.forEach((e, i) => {
      if (i % folds === k) p[i] = probability(m, e.x);
    });
  }
  return p;
}

export const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;
