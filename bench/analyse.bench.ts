// Benchmark for `cairn analyse`: speed and PII recall/precision on a seeded synthetic corpus, side by
// side with the npm package redact-pii on the same texts. Prints one JSON line per figure.
//
//   node --import tsx bench/analyse.bench.ts [--stories N]   (or BENCH_STORIES=N npm run bench -- analyse)
//
// The figures to hold: Cairn faster than redact-pii on both sets, the whole process at 1,000
// stories a second or more, and `cairn analyse` on one story in 0.3 s of CPU (issue #18).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { SyncRedactor } from 'redact-pii';
import { analysisLine } from '../server/text/analyse-command.js';
import { readCorpus } from '../server/text/quality/corpus.js';
import { DIRECT_IDENTIFIERS } from '../server/text/quality/score.js';

interface Span {
  start: number;
  end: number;
  type: string;
}

interface Story {
  text: string;
  gold: Span[];
}

// mulberry32: small, fast, seeded; the corpus is the same on every run
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = (
  'Lorna Shona Kev Jack Siobhan Ricky Baz Zoe Rhian Bethan Carys Jodie Dessie Daniel Pauline Norman Saima Marcus ' +
  'Liam Tony Olu Nadia Kerry Helen Yusuf Ross Stacey Alan Ewan Lee Rowan Declan Gemma Jamie Fiona Mei Marlon ' +
  'Jordan Femi Gareth Huw Agnieszka Tomasz Aisha Callum Moira Stevie Tendai Anjali Freddie Bernadette Priya ' +
  'Kwame Niamh Dylan Morag Kieran Sadie Tariq Bev Rab Imran Megan Craig Donna Wayne Sharon Gary Tracey Darren'
).split(' ');
const SURNAMES = (
  'Tennant Pryce Gilchrist Nowak Marsh Bell Haddad Beynon Owusu Kowalczyk Adebayo Okafor Hollis Bashir Sowerby ' +
  'Fitzgerald Adeyemi MacLeod Campbell Robertson Jones Davies Evans Patel Khan Begum Murphy Kelly Walsh Hughes'
).split(' ');
const STREETS =
  'Balfour Crescent|Linthorpe Road|Harrow Street|Mill Lane|Station Road|Victoria Terrace|Queen Street|Clos Ceirios'.split(
    '|',
  );
const POSTCODES = [
  'DD3 7QX',
  'EH6 5PX',
  'M14 7EY',
  'S2 4QJ',
  'ST4 8QD',
  'CF10 1AA',
  'LS6 2QR',
  'BT7 1NN',
  'G41 2PE',
  'NE6 5XA',
  'SW1A 1AA',
];
const ORGS =
  'Harbour Lights Veterans Hub|Open Hands Welcome|Scrum Down Sundays|Jade Circle Network|Kinfolk Collective|Fairshare Advice'.split(
    '|',
  );
const FACILITIES =
  'Oakwood Hospital|Eastfield Surgery|Marlowe Clinic|Kingsmead General|HMP Ashgrove|Ward 12'.split('|');
const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);

const FILLER = [
  'I never thought I would be the one making the tea for everybody else.',
  'Recovery has not been a straight line, and some weeks are harder than others.',
  'The group meets on a Thursday in the church hall and there is always a kettle on.',
  'Back in 2015 things were very different, and I could not see a way out.',
  'What helped most was people who had been through the same and did not judge me.',
  'I started going to a walking group and slowly began to look forward to the weekends.',
  'My sponsor rings me most mornings and we talk about nothing in particular.',
  'I have learned that I can ask for help before things get bad, not after.',
  'These days I volunteer at the drop-in and help the new lads find their feet.',
  'Some mornings it is easy and some mornings it feels like lifting a car.',
  'I was dying to tell my nan about my chip, and she laughed until she cried.',
  'We sat in the car park and talked for an hour, which was the first time I had said it out loud.',
  'The counsellor left a leaflet on the table and I took it home and read it twice.',
  'I am proud of the person I am becoming, even on the days when it is slow.',
  'There is a lot of paperwork in recovery, forms and letters and appointments.',
  'My daughter lets me take the little one to the swings now, which means the world.',
  'I used to hide bottles in the cistern and think nobody knew.',
  'The allotment gives me a reason to get up and see what the frost has done.',
];

function pick<T>(r: () => number, xs: readonly T[]): T {
  const x = xs[Math.floor(r() * xs.length)];
  if (x === undefined) throw new Error('empty list');
  return x;
}

function digits(r: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(Math.floor(r() * 10));
  return s;
}

function nhsNumber(r: () => number): string {
  for (;;) {
    const d = `9${digits(r, 8)}`;
    let sum = 0;
    for (let i = 0; i < 9; i++) sum += Number(d[i]) * (10 - i);
    const check = (11 - (sum % 11)) % 11;
    if (check !== 10) return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}${check}`;
  }
}

type Template = (r: () => number) => [string, { text: string; type: string }[]];

// each template is a sentence with PII slots; the generator records exactly where each value lands
const TEMPLATES: Template[] = [
  (r) => {
    const n = pick(r, FIRST);
    return [`My name's {0} and I have been sober for a while now.`, [{ text: n, type: 'PERSON' }]];
  },
  (r) => {
    const n = `${pick(r, FIRST)} ${pick(r, SURNAMES)}`;
    return [`A lad I knew, {0}, turned up on my doorstep one day.`, [{ text: n, type: 'PERSON' }]];
  },
  (r) => [
    `If you want to come along, ring me on {0}.`,
    [{ text: `07700 900${digits(r, 3)}`, type: 'PHONE' }],
  ],
  (r) => [
    `The helpline number is {0} and someone will answer.`,
    [{ text: `0161 496 0${digits(r, 3)}`, type: 'PHONE' }],
  ],
  (r) => [
    `You can email me at {0} any time.`,
    [{ text: `${pick(r, FIRST).toLowerCase()}.${digits(r, 2)}@example.org`, type: 'EMAIL' }],
  ],
  (r) => [
    `My letter had my NHS number on it, {0}, right at the top.`,
    [{ text: nhsNumber(r), type: 'NHS_NUMBER' }],
  ],
  (r) => [
    `I had to give my National Insurance number, {0}, on every form.`,
    [{ text: `JT ${digits(r, 2)} ${digits(r, 2)} ${digits(r, 2)} B`, type: 'NI_NUMBER' }],
  ],
  (r) => [
    `We meet round the back of the hall at {0}, the door with the ramp.`,
    [{ text: pick(r, POSTCODES), type: 'POSTCODE' }],
  ],
  (r) => [
    `I got my own tenancy at {0} last spring.`,
    [{ text: `${1 + Math.floor(r() * 90)} ${pick(r, STREETS)}`, type: 'ADDRESS' }],
  ],
  (r) => [
    `The form asked for my date of birth, {0}, and my address.`,
    [
      {
        text: `${1 + Math.floor(r() * 28)}.0${1 + Math.floor(r() * 9)}.19${70 + Math.floor(r() * 29)}`,
        type: 'DATE_OF_BIRTH',
      },
    ],
  ],
  (r) => [
    `I post about it as {0} on most apps.`,
    [{ text: `@${pick(r, FIRST).toLowerCase()}_${digits(r, 2)}`, type: 'URL_OR_HANDLE' }],
  ],
  (r) => [`Then I found {0}, and everything changed.`, [{ text: pick(r, ORGS), type: 'ORGANISATION' }]],
  (r) => [`I spent a month at {0} before I came home.`, [{ text: pick(r, FACILITIES), type: 'FACILITY' }]],
  (r) => [
    `I started my new job on {0}, of all days.`,
    [{ text: `${1 + Math.floor(r() * 28)} ${pick(r, MONTHS)} 2023`, type: 'DATE' }],
  ],
  (r) => [
    `I had been drinking since I was {0}, properly drinking.`,
    [{ text: String(13 + Math.floor(r() * 10)), type: 'AGE' }],
  ],
  (r) => {
    const n = `Dr ${pick(r, SURNAMES)}`;
    return [`The doctor, {0}, never once made me feel like a case.`, [{ text: n, type: 'PERSON' }]];
  },
];

function makeStory(r: () => number): Story {
  const targetWords = 100 + Math.floor(r() * 500);
  let text = '';
  const gold: Span[] = [];
  let words = 0;
  while (words < targetWords) {
    let sentence: string;
    if (r() < 0.3) {
      const [template, values] = pick(r, TEMPLATES)(r);
      sentence = '';
      let rest = template;
      for (let i = 0; i < values.length; i++) {
        const v = values[i];
        if (!v) continue;
        const at = rest.indexOf(`{${i}}`);
        sentence += rest.slice(0, at);
        const start = text.length + (text.length > 0 ? 1 : 0) + sentence.length;
        gold.push({ start, end: start + v.text.length, type: v.type });
        sentence += v.text;
        rest = rest.slice(at + 3);
      }
      sentence += rest;
    } else {
      sentence = pick(r, FILLER);
    }
    text += (text.length > 0 ? (r() < 0.15 ? '\n' : ' ') : '') + sentence;
    words += sentence.split(' ').length;
  }
  return { text, gold };
}

interface Score {
  recallDirect: number;
  recallAll: number;
  precision: number;
}

// the same rule as server/text/quality/score.ts: a gold span is caught when 80% of its characters
// are covered; precision is the share of predicted characters inside some gold span
function score(stories: Story[], predicted: Span[][]): Score {
  let goldDirect = 0;
  let caughtDirect = 0;
  let goldAll = 0;
  let caughtAll = 0;
  let predChars = 0;
  let predInGold = 0;
  stories.forEach((s, k) => {
    const mask = new Uint8Array(s.text.length);
    for (const p of predicted[k] ?? [])
      for (let i = Math.max(0, p.start); i < Math.min(s.text.length, p.end); i++) mask[i] = 1;
    const goldMask = new Uint8Array(s.text.length);
    for (const g of s.gold) for (let i = g.start; i < g.end; i++) goldMask[i] = 1;
    for (const g of s.gold) {
      let hit = 0;
      for (let i = g.start; i < g.end; i++) hit += mask[i] ?? 0;
      const caught = hit >= 0.8 * (g.end - g.start);
      goldAll++;
      if (caught) caughtAll++;
      if (DIRECT_IDENTIFIERS.has(g.type)) {
        goldDirect++;
        if (caught) caughtDirect++;
      }
    }
    for (let i = 0; i < mask.length; i++) {
      if (mask[i]) {
        predChars++;
        predInGold += goldMask[i] ?? 0;
      }
    }
  });
  return {
    recallDirect: goldDirect ? caughtDirect / goldDirect : 1,
    recallAll: goldAll ? caughtAll / goldAll : 1,
    precision: predChars ? predInGold / predChars : 1,
  };
}

// redact-pii returns text, not offsets: with a marker as the replacement, the original text between
// markers can be found again in order, and what lies between is what it redacted
const MARK = '\u241e';
function redactPiiSpans(original: string, redacted: string): Span[] {
  const pieces = redacted.split(MARK);
  const spans: Span[] = [];
  let at = 0;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] ?? '';
    const found =
      i === pieces.length - 1 && piece.length === 0 ? original.length : original.indexOf(piece, at);
    if (found < 0) break;
    if (i > 0 && found > at) spans.push({ start: at, end: found, type: 'PII' });
    at = found + piece.length;
  }
  return spans;
}

const argN = process.argv.indexOf('--stories');
const N = Number(argN > 0 ? process.argv[argN + 1] : (process.env.BENCH_STORIES ?? 5000));
const r = rng(20261122);
const stories = Array.from({ length: N }, () => makeStory(r));
const totalWords = stories.reduce((n, s) => n + s.text.split(/\s+/).length, 0);

// warm up both so the timings measure steady state
for (const s of stories.slice(0, 50)) analysisLine('warm', s.text);
const redactor = new SyncRedactor({ globalReplaceWith: MARK });
for (const s of stories.slice(0, 20)) redactor.redact(s.text);

// alternate the two in rounds and keep each one's best round, so a busy machine penalises neither
let cairnSeconds = Infinity;
let peerSeconds = Infinity;
let cairnLines: string[] = [];
let peerSpans: Span[][] = [];
for (let round = 0; round < 2; round++) {
  let t0 = performance.now();
  const lines: string[] = [];
  // the full `cairn analyse` work per line: de-identify, risk-check, suggest themes and serialise
  for (const s of stories) lines.push(analysisLine(null, s.text));
  cairnSeconds = Math.min(cairnSeconds, (performance.now() - t0) / 1000);
  cairnLines = lines;

  t0 = performance.now();
  const spans: Span[][] = [];
  for (const s of stories) spans.push(redactPiiSpans(s.text, redactor.redact(s.text)));
  peerSeconds = Math.min(peerSeconds, (performance.now() - t0) / 1000);
  peerSpans = spans;
}
const cairnSpans = cairnLines.map((l) => (JSON.parse(l) as { pii: Span[] }).pii);

const cairn = score(stories, cairnSpans);
const peer = score(stories, peerSpans);
const emit = (metric: string, value: number, unit: string): void => {
  console.log(JSON.stringify({ bench: 'analyse', metric, value: Math.round(value * 1000) / 1000, unit }));
};
emit('stories', N, 'stories');
emit('mean_words_per_story', totalWords / N, 'words');
emit('stories_per_second', N / cairnSeconds, 'stories/s');
emit('pii_recall_direct', cairn.recallDirect, 'ratio');
emit('pii_recall_all', cairn.recallAll, 'ratio');
emit('pii_char_precision', cairn.precision, 'ratio');
emit('redact_pii_stories_per_second', N / peerSeconds, 'stories/s');
emit('redact_pii_recall_direct', peer.recallDirect, 'ratio');
emit('redact_pii_recall_all', peer.recallAll, 'ratio');
emit('redact_pii_char_precision', peer.precision, 'ratio');

// The same two tools on the labelled corpus (432 stories in many voices, cycled to N lines), and the
// whole `cairn analyse` process on those N lines: start-up, reading, writing and all.
const corpusTexts = (['dev', 'test'] as const).flatMap((part) => readCorpus(part).map((s) => s.text));
const corpusLines = Array.from({ length: N }, (_, i) => corpusTexts[i % corpusTexts.length] ?? '');
let cairnCorpusSeconds = Infinity;
let peerCorpusSeconds = Infinity;
for (let round = 0; round < 2; round++) {
  let t0 = performance.now();
  for (const text of corpusLines) analysisLine(null, text);
  cairnCorpusSeconds = Math.min(cairnCorpusSeconds, (performance.now() - t0) / 1000);
  t0 = performance.now();
  for (const text of corpusLines) redactor.redact(text);
  peerCorpusSeconds = Math.min(peerCorpusSeconds, (performance.now() - t0) / 1000);
}
emit('corpus_stories_per_second', N / cairnCorpusSeconds, 'stories/s');
emit('redact_pii_corpus_stories_per_second', N / peerCorpusSeconds, 'stories/s');

// The command as a person runs it, whole process: start-up, loading the toolkit, reading, writing.
// CPU time (user + system) of the process comes from the kernel's count for finished children; each
// run must write exactly what the toolkit says for its stories, so a run that did no work fails.
const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout?.trim() || 100);
/** CPU seconds used by this process's finished children (Linux), or null where the count is not kept. */
function childrenCpuSeconds(): number | null {
  try {
    // fields after the command name: cutime and cstime are the 14th and 15th
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[13]) + Number(fields[14])) / CLOCK_TICKS;
  } catch {
    return null;
  }
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

const dir = mkdtempSync(join(tmpdir(), 'cairn-analyse-bench-'));
try {
  const input = join(dir, 'in.jsonl');
  writeFileSync(input, `${corpusLines.map((text, i) => JSON.stringify({ id: i, text })).join('\n')}\n`);
  const one = join(dir, 'one.jsonl');
  writeFileSync(one, `${JSON.stringify({ id: 0, text: corpusLines[0] })}\n`);
  const out = join(dir, 'out.jsonl');
  const root = fileURLToPath(new URL('..', import.meta.url));
  const expectLines = (count: number): void => {
    const lines = readFileSync(out, 'utf8').split('\n').filter(Boolean);
    if (lines.length !== count) throw new Error(`cairn analyse wrote ${lines.length} lines for ${count}`);
    for (const i of [0, count - 1]) {
      if (lines[i] !== analysisLine(i, corpusLines[i] ?? '')) {
        throw new Error(`cairn analyse line ${i + 1} differs from the text toolkit's analysis`);
      }
    }
  };
  const run = (command: string, args: string[], file: string, stories: number) => {
    rmSync(out, { force: true });
    const cpu0 = childrenCpuSeconds();
    const t0 = performance.now();
    const done = spawnSync(command, [...args, 'analyse', '--in', file, '--out', out], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, CAIRN_FROM_SOURCE: '' },
    });
    const seconds = (performance.now() - t0) / 1000;
    const cpu1 = childrenCpuSeconds();
    const said = `analysed ${stories} ${stories === 1 ? 'story' : 'stories'}\n`;
    if (done.status !== 0 || !done.stderr.endsWith(said)) {
      throw new Error(`${command} ${args.join(' ')} analyse failed (${String(done.status)}): ${done.stderr}`);
    }
    expectLines(stories);
    return { seconds, cpu: cpu0 === null || cpu1 === null ? null : cpu1 - cpu0 };
  };
  const bin = fileURLToPath(new URL('../bin/cairn.mjs', import.meta.url));
  // the first run may bundle the toolkit (once after each change to it); the runs measured start as
  // a person's second and later runs do
  run(process.execPath, [bin], one, 1);
  const runs = Array.from({ length: 5 }, () => run(process.execPath, [bin], one, 1));
  const npx = Array.from({ length: 3 }, () => run('npx', ['cairn'], one, 1));
  const whole = run(process.execPath, [bin], input, N);
  emit('load_average', loadavg()[0] ?? 0, '1-min');
  const cpus = runs.map((r) => r.cpu).filter((c): c is number => c !== null);
  // medians: node bin/cairn.mjs (what npx runs), then npx itself, whose own start-up is npm's
  if (cpus.length > 0) emit('process_one_story_cpu_seconds', median(cpus), 's');
  emit('process_one_story_seconds', median(runs.map((r) => r.seconds)), 's');
  const npxCpus = npx.map((r) => r.cpu).filter((c): c is number => c !== null);
  if (npxCpus.length > 0) emit('npx_one_story_cpu_seconds', median(npxCpus), 's');
  emit('npx_one_story_seconds', median(npx.map((r) => r.seconds)), 's');
  emit('process_stories_per_second', N / whole.seconds, 'stories/s');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
