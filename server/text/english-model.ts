// wink-nlp's English model (wink-eng-lite-web-model), put together from the package's own files for
// the readings Cairn asks for: sentences, negation and part of speech. The package's loader also
// reads its named-entity and sentiment models, which Cairn never runs, and reads its 3 MB core model
// twice over (a parsed copy, cloned through JSON); here the core is parsed once from its file and its
// packed tables are decoded with Buffer. Everything else comes from the package unchanged, so the
// tokens, lemmas, parts of speech and negation read are exactly those of the package's loader.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import metaCER from 'wink-eng-lite-web-model/dist/load-cer-meta-model.js';
import negation from 'wink-eng-lite-web-model/dist/load-negation-model.js';
import pos from 'wink-eng-lite-web-model/dist/load-pos-model.js';
import sbd from 'wink-eng-lite-web-model/dist/load-sbd-model.js';
import featureFn from 'wink-eng-lite-web-model/dist/feature.js';
import lemmatize from 'wink-eng-lite-web-model/dist/lemmatize.js';
import stem from 'wink-eng-lite-web-model/dist/porter-stemmer.js';
import readabilityStats from 'wink-eng-lite-web-model/dist/readability-stats.js';
import type winkNLP from 'wink-nlp';

type Model = Parameters<typeof winkNLP>[0];

const require = createRequire(import.meta.url);

interface CoreModel {
  packing: { layout: Record<string, number[]>; efList: string[] };
  features: Record<
    string,
    { list: string[]; hash: Record<string, number>; intrinsicSize: number; index: number; maxIndex: number }
  >;
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
}

/** A base64 string as 32-bit words, in a buffer of its own (Uint32Array needs its offset aligned). */
function words(base64: string | Uint32Array): Uint32Array {
  if (typeof base64 !== 'string') return base64;
  const bytes = Buffer.from(base64, 'base64');
  const out = new Uint32Array(bytes.length >>> 2);
  new Uint8Array(out.buffer).set(bytes.subarray(0, out.length * 4));
  return out;
}

function indexOf(list: string[]): Record<string, number> {
  const hash: Record<string, number> = Object.create(null) as Record<string, number>;
  for (let k = 0; k < list.length; k += 1) hash[list[k] as string] = k;
  return hash;
}

/** The core model as the package's read-core-model.js and load-core-model.js leave it. */
function core(prepared: URL): CoreModel {
  const model = preparedCore(prepared) ?? packagedCore();
  const { layout } = model.packing;
  const features = model.features;
  for (const f in layout)
    if (layout[f]?.[3] === 0 && features[f]) features[f].hash = indexOf(features[f].list);
  const lexeme = features.lexeme;
  const clusters = features.posClusters;
  if (!lexeme || !clusters) throw new Error('The English model has no lexemes');
  const cluster = clusters.list as unknown as Set<number>[];
  for (let k = 0; k < clusters.list.length; k += 1) {
    cluster[k] = new Set((clusters.list[k] ?? '').split('_').map((e) => model.pos.hash[e] || 0));
  }
  model.packing.efList = [];
  for (const f in layout) {
    const at = layout[f] ?? [];
    const feature = features[f];
    if (at[3] === 0 && feature) {
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = (at[1] ?? 0) >>> (at[2] ?? 0);
    }
    if (at[4] === 1) model.packing.efList.push(f);
  }
  lexeme.intrinsicSize = lexeme.list.length;
  lexeme.index = lexeme.list.length;
  return model;
}

function packagedCore(): CoreModel {
  const file = require.resolve('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json');
  const model = JSON.parse(readFileSync(file, 'utf8')) as CoreModel;
  model.lexicon = words(model.lexicon);
  model.xpansions = words(model.xpansions);
  const lexeme = model.features.lexeme;
  if (lexeme) lexeme.hash = indexOf(lexeme.list);
  return model;
}

/**
 * The core model from english-core.bin, which the `cairn analyse` bundle has beside it
 * (scripts/analyse-build.mjs writes it from the package): a 32-bit length, the model as JSON less
 * its packed tables and lexemes (their lengths stand in their place), the tables as 32-bit words,
 * the lexemes' alphabetical order, and the lexemes, NUL between each two. Nothing is decoded from
 * base64, and the 87,000 lexemes are not indexed at start: a lexeme is found in the alphabetical
 * order the first time it is asked for. Null where there is no such file (beside the sources).
 */
function preparedCore(file: URL): CoreModel | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return null;
  }
  const headerLength = bytes.readUInt32LE(0);
  const model = JSON.parse(bytes.toString('utf8', 4, 4 + headerLength)) as CoreModel & {
    lexicon: number;
    xpansions: number;
  };
  const lexeme = model.features.lexeme as unknown as { list: number; order: number } | undefined;
  if (!lexeme) return null;
  let at = 4 + headerLength;
  const take = (count: number): Uint32Array => {
    const out = new Uint32Array(count);
    new Uint8Array(out.buffer).set(bytes.subarray(at, at + count * 4));
    at += count * 4;
    return out;
  };
  const lexicon = take(model.lexicon);
  const xpansions = take(model.xpansions);
  const order = take(lexeme.order);
  const list = bytes.toString('utf8', at).split('\0');
  if (list.length !== lexeme.list) return null;
  return {
    ...model,
    lexicon,
    xpansions,
    features: {
      ...model.features,
      lexeme: { list, hash: lookUp(list, order), intrinsicSize: 0, index: 0, maxIndex: 0 },
    },
  };
}

/**
 * `list`'s index, as indexOf(list) would give it, found by halving `order` (indexes of `list` in
 * alphabetical order, each word's last) the first time a word is asked for, and kept from then on.
 * wink-nlp only reads words from it and adds new ones.
 */
function lookUp(list: string[], order: Uint32Array): Record<string, number> {
  const found: Record<string, number> = Object.create(null) as Record<string, number>;
  return new Proxy(found, {
    get(target, word) {
      const known = Reflect.get(target, word) as number | undefined;
      if (known !== undefined || typeof word !== 'string') return known;
      let low = 0;
      let high = order.length - 1;
      while (low <= high) {
        const middle = (low + high) >>> 1;
        const index = order[middle] ?? 0;
        const there = list[index] ?? '';
        if (there < word) low = middle + 1;
        else if (there > word) high = middle - 1;
        else return (target[word] = index);
      }
      return undefined;
    },
  });
}

// an automaton that never matches: what the unused sentiment reader is given
const NO_MACHINE = '[100,0,{"0":{}},{},{},{}]';

/**
 * The model to give winkNLP with the pipe ['sbd', 'negation', 'pos']; `prepared` is where an
 * english-core.bin may be (beside this file, by default).
 */
export function englishModel(prepared = new URL('./english-core.bin', import.meta.url)): Model {
  const model = {
    core: () => core(prepared),
    sbd,
    pos,
    negation,
    metaCER,
    ner: () => ({ machines: [], transformers: [] }),
    sa: () => ({ machines: [NO_MACHINE], setter: () => undefined }),
    featureFn,
    addons: { stem, lemmatize, readabilityStats, wordVectors: undefined },
  };
  return model as unknown as Model;
}
