import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { analysisLine, runAnalyseCommand } from './analyse-command.js';

const dir = mkdtempSync(join(tmpdir(), 'cairn-analyse-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function collect(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

describe('runAnalyseCommand', () => {
  it('reports bad lines by number, skips them, writes the rest and exits 2', async () => {
    const input = join(dir, 'in.jsonl');
    const output = join(dir, 'out.jsonl');
    writeFileSync(
      input,
      [
        JSON.stringify({ id: 'a', text: "My name's Lorna, ring me on 07700 900112." }),
        'this is not json',
        JSON.stringify({ id: 'b' }),
        JSON.stringify({ id: 'c', text: "I don't see the point of being here anymore." }),
        '',
        '[1,2]',
      ].join('\n'),
    );
    const err = collect();
    const code = await runAnalyseCommand({
      inPath: input,
      outPath: output,
      stdin: Readable.from([]),
      stdout: new PassThrough(),
      stderr: err.stream,
    });
    expect(code).toBe(2);
    expect(err.text()).toContain('line 2: ');
    expect(err.text()).toContain('line 3: ');
    expect(err.text()).toContain('line 6: ');
    const lines = readFileSync(output, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.id)).toEqual(['a', 'c']);
    const first = lines[0] ?? {};
    expect(Object.keys(first).sort()).toEqual(['id', 'pii', 'redacted', 'risk', 'themes']);
    expect(first.redacted).toBe("My name's [PERSON], ring me on [PHONE].");
    expect(first.pii).toEqual([
      {
        start: 10,
        end: 15,
        type: 'PERSON',
        text: 'Lorna',
        confidence: expect.any(Number),
        replacement: '[PERSON]',
      },
      {
        start: 28,
        end: 40,
        type: 'PHONE',
        text: '07700 900112',
        confidence: expect.any(Number),
        replacement: '[PHONE]',
      },
    ]);
    expect(lines[1]?.risk).toBe('current');
    const themes = first.themes as { code: string; score: number; evidence: string[] }[];
    expect(themes.map((t) => t.code)).toEqual([
      'connectedness',
      'hope',
      'identity',
      'meaning',
      'empowerment',
    ]);
  });

  it('streams stdin to stdout with "-" and exits 0 when every line is good', async () => {
    const out = collect();
    const lines = Array.from(
      { length: 2000 },
      (_, i) => `${JSON.stringify({ id: i, text: `Story ${i}: I was 15.` })}\n`,
    );
    const code = await runAnalyseCommand({
      inPath: '-',
      outPath: '-',
      stdin: Readable.from(lines),
      stdout: out.stream,
      stderr: new PassThrough(),
    });
    expect(code).toBe(0);
    const got = out.text().trim().split('\n');
    expect(got).toHaveLength(2000);
    expect((JSON.parse(got[1999] ?? '{}') as { id: number }).id).toBe(1999);
  });

  it('streams 20,000 lines into a slow reader, waiting for it to drain', async () => {
    function* lines(): Generator<string> {
      for (let i = 0; i < 20_000; i++) yield `${JSON.stringify({ id: i, text: 'Ring Shona.' })}\n`;
    }
    let count = 0;
    let waits = 0;
    const slow = new Writable({
      highWaterMark: 4096,
      write(chunk: Buffer, _enc, done) {
        count += chunk.toString('utf8').split('\n').length - 1;
        if (count % 1000 === 0) {
          waits++;
          setImmediate(done);
        } else done();
      },
    });
    const code = await runAnalyseCommand({
      inPath: '-',
      outPath: '-',
      stdin: Readable.from(lines()),
      stdout: slow,
      stderr: new PassThrough(),
    });
    expect(code).toBe(0);
    expect(count).toBe(20_000);
    expect(waits).toBeGreaterThan(0);
  });

  it('fails with exit 1 when the input cannot be read', async () => {
    const err = collect();
    const code = await runAnalyseCommand({
      inPath: join(dir, 'missing.jsonl'),
      outPath: join(dir, 'x.jsonl'),
      stdin: Readable.from([]),
      stdout: new PassThrough(),
      stderr: err.stream,
    });
    expect(code).toBe(1);
    expect(err.text()).toContain('cannot read');
  });
});

describe('the cairn analyse command', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));

  // bin/cairn.mjs as a person runs it: it bundles the text toolkit on first use (dist/analyse) and
  // runs from the bundle, with none of the server loaded; what it writes is what the sources say.
  it('analyses stories from stdin to stdout from its own bundle', { timeout: 120_000 }, () => {
    const stories = [
      { id: 'a', text: "My name's Lorna, ring me on 07700 900112." },
      { id: 7, text: "I don't see the point of being here anymore. I've saved up my tablets." },
      {
        id: 'cy',
        text: 'Dw i wedi bod yn sobr ers dwy flynedd. Roedd y grŵp ar ddydd Mawrth yn rhoi rheswm i mi godi yn y bore. Does gen i ddim awydd byw rhagor.',
      },
    ];
    const run = spawnSync(process.execPath, ['bin/cairn.mjs', 'analyse', '--in', '-', '--out', '-'], {
      cwd: root,
      input: stories.map((s) => `${JSON.stringify(s)}\n`).join(''),
      encoding: 'utf8',
      env: { ...process.env, CAIRN_FROM_SOURCE: '' },
      timeout: 120_000,
    });
    expect(run.stderr).toBe('analysed 3 stories\n');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(stories.map((s) => `${analysisLine(s.id, s.text)}\n`).join(''));
    expect(JSON.parse(run.stdout.split('\n')[1] ?? '{}')).toMatchObject({ id: 7, risk: 'current' });
    // a story it could not read says so: no findings there is no clean bill
    expect(JSON.parse(run.stdout.split('\n')[0] ?? '{}')).not.toHaveProperty('unchecked');
    expect(JSON.parse(run.stdout.split('\n')[2] ?? '{}')).toMatchObject({
      id: 'cy',
      unchecked: expect.stringMatching(/^not written in English/),
    });
    const inputs = JSON.parse(readFileSync(join(root, 'dist/analyse/inputs.json'), 'utf8')) as string[];
    expect(inputs).toContain('server/text/analyse-command.ts');
    expect(inputs.filter((file) => !file.startsWith('server/text/'))).toEqual([]);
  });

  // after a run it keeps V8's compiled code beside the bundle for the next start; code that was not
  // made from this bundle is never used, and is replaced
  it(
    'keeps its compiled code for the next start and never uses code from another build',
    { timeout: 120_000 },
    () => {
      const story = { id: 'b', text: 'I stopped drinking in 2019 and now I help at the Thursday group.' };
      const analyse = () =>
        spawnSync(process.execPath, ['bin/cairn.mjs', 'analyse', '--in', '-', '--out', '-'], {
          cwd: root,
          input: `${JSON.stringify(story)}\n`,
          encoding: 'utf8',
          env: { ...process.env, CAIRN_FROM_SOURCE: '' },
          timeout: 120_000,
        });
      const expected = `${analysisLine(story.id, story.text)}\n`;
      const code = join(root, 'dist/analyse/analyse.cjs.code');
      const first = analyse();
      expect(first.stdout).toBe(expected);
      const kept = readFileSync(code);
      expect(kept.length).toBeGreaterThan(1000);
      const again = analyse();
      expect([again.status, again.stdout]).toEqual([0, expected]);
      expect(readFileSync(code).equals(kept)).toBe(true);

      writeFileSync(code, Buffer.concat([Buffer.from('1 2\n'), kept.subarray(kept.indexOf(10) + 1)]));
      const other = analyse();
      expect([other.status, other.stdout, other.stderr]).toEqual([0, expected, 'analysed 1 story\n']);
      const stamp = (file: Buffer) => file.subarray(0, file.indexOf(10)).toString();
      expect(stamp(readFileSync(code))).toBe(stamp(kept));
    },
  );
});
