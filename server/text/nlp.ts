// Linguistic reading of English text with wink-nlp and its English model, both shipped inside their
// npm packages (nothing is downloaded at run time). Gives tokens with lemma, part of speech and
// negation scope, so the risk check can match concepts over lemmas ("saved", "saving" → "save")
// and de-identification can see proper nouns by what they are rather than by lists.
import winkNLP from 'wink-nlp';
import { englishModel } from './english-model.js';

export interface NlpToken {
  /** Offset of the token in the text given to `readTokens`. */
  start: number;
  end: number;
  /** The token as written. */
  value: string;
  /** Lowercase lemma: "saving" → "save", "tablets" → "tablet", "n't" → "not". */
  lemma: string;
  /** Universal part of speech: NOUN, PROPN, VERB, AUX, PRON, ADJ, ADV, ADP, NUM, PUNCT… */
  pos: string;
  /** Inside the scope of a negation ("not", "never", "n't"). */
  negated: boolean;
}

type Wink = ReturnType<typeof winkNLP>;
let wink: Wink | null = null;

// The model is 3.8 MB of data; it is read once, on first use, so commands that never read text pay nothing.
function instance(): Wink {
  if (!wink) {
    wink = winkNLP(englishModel(), ['sbd', 'negation', 'pos']);
  }
  return wink;
}

// Informal spellings without apostrophes ("im", "ive", "cant", "dont") read as their full forms, so
// lemmas and negation work on text messages as they do on careful prose. Same length in and out.
const APOSTROPHES = /[’‘`]/g;

/**
 * Tokens of `text` with lemma, part of speech and negation. Offsets point into `text`.
 * Costs about a microsecond a token; callers read only the sentences they need.
 */
export function readTokens(text: string): NlpToken[] {
  const w = instance();
  const its = w.its;
  const normalised = text.replace(APOSTROPHES, "'");
  const doc = w.readDoc(normalised);
  const tokens = doc.tokens();
  const values = tokens.out(its.value);
  // the lemma function's declared type asks for model add-ons; the doc supplies them at run time
  const lemmas = tokens.out(its.lemma as unknown as typeof its.value);
  const pos = tokens.out(its.pos);
  const negations = tokens.out(its.negationFlag) as unknown as boolean[];
  const out: NlpToken[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    // wink normalises some tokens ("n't"); find each token where it sits in the text
    let start = normalised.indexOf(value, at);
    if (start === -1 || start - at > 40) start = at;
    const end = start === at && normalised.slice(at, at + value.length) !== value ? at : start + value.length;
    at = Math.max(at, end);
    out.push({
      start,
      end,
      value,
      lemma: (lemmas[i] ?? value).toLowerCase(),
      pos: pos[i] ?? 'X',
      negated: negations[i] === true,
    });
  }
  return out;
}
