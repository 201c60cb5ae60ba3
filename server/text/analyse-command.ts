// `cairn analyse --in IN.jsonl --out OUT.jsonl`: streams JSON lines through analyseStory, one line at a
// time, so 100,000 stories never sit in memory at once; output waits for the writer (backpressure).
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { analyseStory } from './analyse.js';

export interface AnalyseCommandOptions {
  /** Input JSON-lines path, or `-` for stdin. */
  inPath: string;
  /** Output JSON-lines path, or `-` for stdout. */
  outPath: string;
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

type Parsed = { ok: true; id: unknown; text: string } | { ok: false; reason: string };

function parseLine(line: string): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { ok: false, reason: 'not valid JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, reason: 'not a JSON object' };
  }
  const record = value as Record<string, unknown>;
  if (typeof record.text !== 'string') return { ok: false, reason: 'no string "text" field' };
  return { ok: true, id: record.id ?? null, text: record.text };
}

/** One output line in DESIGN §6's shape. */
export function analysisLine(id: unknown, text: string): string {
  const a = analyseStory(text);
  return JSON.stringify({
    id,
    redacted: a.redacted,
    pii: a.pii.map((p) => ({
      start: p.start,
      end: p.end,
      type: p.type,
      text: p.text,
      confidence: p.confidence,
      replacement: p.replacement,
    })),
    risk: a.risk,
    themes: a.themes.map((t) => ({ code: t.code, score: t.score, evidence: t.evidence })),
    // said only of a story the toolkit could not read: its empty findings are not a clean bill
    ...(a.language.checkable ? {} : { unchecked: a.language.why }),
  });
}

/** Run the batch analysis; resolves to the exit code (0 ok, 1 could not run, 2 some lines skipped). */
export async function runAnalyseCommand(opts: AnalyseCommandOptions): Promise<number> {
  const { stderr } = opts;
  let input: NodeJS.ReadableStream;
  let output: NodeJS.WritableStream;
  try {
    input = opts.inPath === '-' ? opts.stdin : createReadStream(opts.inPath);
    if (opts.inPath !== '-') await once(input, 'open');
  } catch (err) {
    stderr.write(`cannot read ${opts.inPath}: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
  const ownOutput = opts.outPath !== '-';
  try {
    output = ownOutput ? createWriteStream(opts.outPath) : opts.stdout;
    if (ownOutput) await once(output, 'open');
  } catch (err) {
    stderr.write(`cannot write ${opts.outPath}: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }

  let lineNo = 0;
  let skipped = 0;
  let written = 0;
  const rl = createInterface({ input, crlfDelay: Infinity });
  try {
    for await (const line of rl) {
      lineNo++;
      if (line.trim() === '') continue;
      const parsed = parseLine(line);
      if (!parsed.ok) {
        skipped++;
        stderr.write(`line ${lineNo}: ${parsed.reason}\n`);
        continue;
      }
      if (!output.write(`${analysisLine(parsed.id, parsed.text)}\n`)) await once(output, 'drain');
      written++;
    }
  } catch (err) {
    stderr.write(`error at line ${lineNo + 1}: ${err instanceof Error ? err.message : String(err)}\n`);
    if (ownOutput) output.end();
    return 1;
  }
  if (ownOutput) {
    output.end();
    await once(output, 'finish');
  }
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  stderr.write(
    `analysed ${plural(written, 'story', 'stories')}${skipped > 0 ? `, skipped ${plural(skipped, 'line', 'lines')}` : ''}\n`,
  );
  return skipped > 0 ? 2 : 0;
}

export const ANALYSE_USAGE =
  'Give both: cairn analyse --in IN.jsonl --out OUT.jsonl (use - for stdin/stdout)';

/**
 * `cairn analyse` from its command-line arguments. The `cairn` command sends `analyse` here before
 * loading the server, so a batch starts in a fraction of a second.
 */
export async function runAnalyseCli(
  args: string[],
  stderr: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  let values: { in?: string | undefined; out?: string | undefined };
  try {
    ({ values } = parseArgs({ args, options: { in: { type: 'string' }, out: { type: 'string' } } }));
  } catch (err) {
    stderr.write(`${err instanceof Error ? err.message : String(err)}\n${ANALYSE_USAGE}\n`);
    return 2;
  }
  if (!values.in || !values.out) {
    stderr.write(`${ANALYSE_USAGE}\n`);
    return 2;
  }
  return runAnalyseCommand({
    inPath: values.in,
    outPath: values.out,
    stdin: process.stdin,
    stdout: process.stdout,
    stderr,
  });
}
