import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import winkNLP from 'wink-nlp';
import { describe, expect, it } from 'vitest';
import { englishModel } from './english-model.js';
import { readCorpus } from './quality/corpus.js';

const require = createRequire(import.meta.url);

type Wink = ReturnType<typeof winkNLP>;

function reading(wink: Wink, text: string) {
  const tokens = wink.readDoc(text).tokens();
  const its = wink.its;
  return {
    values: tokens.out(its.value),
    lemmas: tokens.out(its.lemma as unknown as typeof its.value),
    pos: tokens.out(its.pos),
    negated: tokens.out(its.negationFlag),
    types: tokens.out(its.type),
  };
}

describe('the English model put together for Cairn', () => {
  it('reads every story of the development corpus exactly as the package loader does', () => {
    const pipe = ['sbd', 'negation', 'pos'];
    const ours = winkNLP(englishModel(), pipe);
    const packaged = winkNLP(require('wink-eng-lite-web-model') as Parameters<typeof winkNLP>[0], pipe);
    const stories = readCorpus('dev').map((s) => s.text.replace(/[’‘`]/g, "'"));
    expect(stories.length).toBeGreaterThan(100);
    for (const text of stories) expect(reading(ours, text)).toEqual(reading(packaged, text));
  });

  // the `cairn analyse` bundle reads the core model from english-core.bin, written by its build
  it(
    'reads every story the same from the core model file the analyse build writes',
    { timeout: 120_000 },
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'cairn-english-'));
      try {
        const build = fileURLToPath(new URL('../../scripts/analyse-build.mjs', import.meta.url));
        const write = spawnSync(
          process.execPath,
          [
            '--input-type=module',
            '-e',
            `(await import(${JSON.stringify(pathToFileURL(build).href)})).writeEnglishCore(${JSON.stringify(dir)})`,
          ],
          { encoding: 'utf8' },
        );
        expect(write.status, write.stderr).toBe(0);
        const file = join(dir, 'english-core.bin');
        expect(statSync(file).size).toBeGreaterThan(1_000_000);
        const pipe = ['sbd', 'negation', 'pos'];
        const prepared = winkNLP(englishModel(pathToFileURL(file)), pipe);
        const packaged = winkNLP(require('wink-eng-lite-web-model') as Parameters<typeof winkNLP>[0], pipe);
        const stories = readCorpus('dev').map((s) => s.text.replace(/[’‘`]/g, "'"));
        for (const text of [...stories, 'Zqxv blorptastic, NOTAWORD and ünïcödé.']) {
          expect(reading(prepared, text)).toEqual(reading(packaged, text));
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  it('reads sentences, negation and lemmas', () => {
    const wink = winkNLP(englishModel(), ['sbd', 'negation', 'pos']);
    const doc = wink.readDoc("I didn't take the tablets. Now I'm saving for a flat.");
    expect(doc.sentences().length()).toBe(2);
    const { lemmas, negated, pos } = reading(wink, "I didn't take the tablets.");
    expect(lemmas).toContain('tablet');
    expect(negated[lemmas.indexOf('take')]).toBe(true);
    expect(pos[lemmas.indexOf('tablet')]).toBe('NOUN');
  });
});
