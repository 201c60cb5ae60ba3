import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoryResponse } from '../../../../contracts/stories.js';
import {
  addPerson,
  firstOrganisationId,
  signInAsNewAdmin,
  type SignedIn,
} from '../../../testing/factories.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import { createStory } from '../stories.factories.js';

let t: TestApp;
let peer: SignedIn;
let member: SignedIn;
let organisationId: string;
const dataDir = mkdtempSync(join(tmpdir(), 'cairn-media-'));

beforeAll(async () => {
  t = await createTestApp({ dataDir, uploadLimitBytes: 64 * 1024 });
  const admin = await signInAsNewAdmin(t.app, t.context);
  organisationId = await firstOrganisationId(t.app, admin);
  peer = await addPerson(t.app, admin, organisationId, 'peer_supporter');
  member = await addPerson(t.app, admin, organisationId, 'member');
});
afterAll(async () => t.close());

/** A video interview the peer supporter is recording for Kerry, still a draft with no text. */
async function newInterview() {
  const story = await createStory(t, peer, {
    organisationId,
    channel: 'video_interview',
    storytellerNames: ['Kerry'],
  });
  return story.id;
}

const VTT = readFileSync(new URL('../fixtures/interview.vtt', import.meta.url));

// A minimal MP4 header: a 'ftyp' box with the isom brand, then filler.
const MP4 = Buffer.concat([
  Buffer.from([0, 0, 0, 0x20]),
  Buffer.from('ftypisom'),
  Buffer.from([0, 0, 2, 0]),
  Buffer.from('isomiso2avc1mp41'),
  Buffer.alloc(4096, 1),
]);

describe('transcript import', () => {
  it('imports a VTT interview as the draft, keeping speakers, and the story can be submitted', async () => {
    const id = await newInterview();
    const imported = await t.as(peer, {
      method: 'PUT',
      url: `/api/stories/${id}/transcript?filename=interview.vtt`,
      headers: { 'content-type': 'text/vtt' },
      payload: VTT,
    });
    expect(imported.statusCode).toBe(200);
    const body = imported.json<{ text: string; segments: number; speakers: string[] }>();
    expect(body.segments).toBeGreaterThan(1);
    expect(body.speakers.length).toBeGreaterThan(0);
    const story = (await t.as(peer, { method: 'GET', url: `/api/stories/${id}` })).json<StoryResponse>();
    expect(story.draft?.text).toBe(body.text);
    expect((await t.as(peer, { method: 'POST', url: `/api/stories/${id}/submit` })).statusCode).toBe(200);
  });

  it('refuses a malformed VTT and a truncated Word file with a clear problem, changing nothing', async () => {
    const id = await newInterview();
    const bad = await t.as(peer, {
      method: 'PUT',
      url: `/api/stories/${id}/transcript?filename=interview.vtt`,
      headers: { 'content-type': 'text/vtt' },
      payload: 'WEBVTT\n\n00:00:xx.000 --> 00:00:02.000\nHello\n',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ detail: string }>().detail).toBe('Line 3: the timestamp ‘00:00:xx.000’ is not valid.');
    // Read in a worker thread, the problem still reaches the person in their language.
    const inUrdu = await t.as(peer, {
      method: 'PUT',
      url: `/api/stories/${id}/transcript?filename=interview.vtt`,
      headers: { 'content-type': 'text/vtt', 'accept-language': 'ur' },
      payload: 'WEBVTT\n\n00:00:xx.000 --> 00:00:02.000\nHello\n',
    });
    expect(inUrdu.json<{ detail: string }>().detail).toBe('سطر 3: ٹائم اسٹیمپ ‘00:00:xx.000’ درست نہیں ہے۔');
    const docx = await t.as(peer, {
      method: 'PUT',
      url: `/api/stories/${id}/transcript?filename=interview.docx`,
      headers: { 'content-type': 'application/octet-stream', 'accept-language': 'cy' },
      payload: Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 7)]),
    });
    expect(docx.statusCode).toBe(400);
    expect(docx.json<{ errors: { path: string; message: string }[] }>().errors).toEqual([
      {
        path: 'file',
        message:
          'Doedd dim modd agor y ddogfen Word hon: efallai ei bod wedi’i difrodi neu wedi’i llwytho i fyny’n rhannol yn unig. Llwythwch hi i fyny eto.',
      },
    ]);
    const story = (await t.as(peer, { method: 'GET', url: `/api/stories/${id}` })).json<StoryResponse>();
    expect(story.draft).toMatchObject({ text: '', revision: 0 });
  });
});

/** A WebVTT file of `cues` cues, each saying `words`. */
function manyCues(cues: number, words: string): Buffer {
  const stamp = (ms: number) => new Date(ms).toISOString().slice(11, 23);
  const parts = ['WEBVTT\n\n'];
  for (let i = 0; i < cues; i++)
    parts.push(`${stamp(i * 1000)} --> ${stamp(i * 1000 + 900)}\n${words} ${i}\n\n`);
  return Buffer.from(parts.join(''));
}

describe('large transcripts', () => {
  it('refuses a file of 100,000 cues with a problem saying what to do', async () => {
    const id = await newInterview();
    const payload = manyCues(100_000, 'Yes');
    expect(payload.length).toBeGreaterThan(2.8 * 1024 * 1024);
    const refused = await t.as(peer, {
      method: 'PUT',
      url: `/api/stories/${id}/transcript?filename=interview.vtt`,
      headers: { 'content-type': 'text/vtt' },
      payload,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.json()).toMatchObject({
      detail: 'This transcript has more than 20,000 cues or paragraphs. Please split it into smaller files.',
      errors: [{ path: 'file' }],
    });
  });

  it('keeps answering other requests at once while a large transcript is read', async () => {
    const id = await newInterview();
    const payload = manyCues(
      19_000,
      'and then we walked on together along the river to the old mill '.repeat(3),
    );
    let finished = false;
    const started = performance.now();
    let importMs = 0;
    const importing = t
      .as(peer, {
        method: 'PUT',
        url: `/api/stories/${id}/transcript?filename=interview.vtt`,
        headers: { 'content-type': 'text/vtt' },
        payload,
      })
      .finally(() => {
        finished = true;
        importMs = performance.now() - started;
      });
    const waits: number[] = [];
    while (!finished) {
      const start = performance.now();
      const health = await t.app.inject({ method: 'GET', url: '/api/health' });
      if (!finished) waits.push(performance.now() - start);
      expect(health.statusCode).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const imported = await importing;
    expect(imported.statusCode).toBe(200);
    expect(imported.json<{ segments: number }>().segments).toBe(19_000);
    // Reading the file happens off the main thread, so the server keeps answering while it runs:
    // many answers arrive during the import and none waits for more than a small part of it. Had
    // the reading blocked the event loop, one answer would wait for nearly the whole import and few
    // would arrive at all. Measured as a share of the import, not in milliseconds, so a busy machine
    // slows both sides alike.
    expect(waits.length).toBeGreaterThan(3);
    expect(Math.max(...waits)).toBeLessThan(importMs / 4);
  });
});

describe('recordings', () => {
  it('keeps an MP4 checked by content, and lets only the collector open it, audited', async () => {
    const id = await newInterview();
    const uploaded = await t.as(peer, {
      method: 'POST',
      url: `/api/stories/${id}/media?filename=interview.mp4`,
      headers: { 'content-type': 'video/mp4' },
      payload: MP4,
    });
    expect(uploaded.statusCode).toBe(201);
    const mediaId = uploaded.json<{ id: string }>().id;
    expect(uploaded.json()).toMatchObject({ mediaKind: 'video', mime: 'video/mp4', sizeBytes: MP4.length });
    const file = await t.as(peer, { method: 'GET', url: `/api/stories/${id}/media/${mediaId}/file` });
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(MP4)).toBe(true);
    expect(
      (await t.as(member, { method: 'GET', url: `/api/stories/${id}/media/${mediaId}/file` })).statusCode,
    ).toBe(404);
  });

  it('refuses a renamed non-media file and an oversize file, leaving nothing half-written', async () => {
    const id = await newInterview();
    const pdf = await t.as(peer, {
      method: 'POST',
      url: `/api/stories/${id}/media?filename=interview.mp4`,
      headers: { 'content-type': 'video/mp4' },
      payload: Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(500, 32)]),
    });
    expect(pdf.statusCode).toBe(415);
    expect(pdf.json<{ detail: string }>().detail).toBe(
      'This file is not an audio or video recording Cairn can keep. Upload MP4, MOV, WebM, MP3, M4A, WAV, OGG or FLAC, or add a link instead.',
    );
    // In the reader's language: what the file is not, and a file with nothing in it.
    const inWelsh = await t.as(peer, {
      method: 'POST',
      url: `/api/stories/${id}/media?filename=interview.mp4`,
      headers: { 'content-type': 'video/mp4', 'accept-language': 'cy' },
      payload: Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(500, 32)]),
    });
    expect(inWelsh.json<{ detail: string }>().detail).toMatch(
      /^Nid yw’r ffeil hon yn recordiad sain neu fideo y gall Cairn ei gadw\./,
    );
    const empty = await t.as(peer, {
      method: 'POST',
      url: `/api/stories/${id}/media?filename=empty.mp4`,
      headers: { 'content-type': 'video/mp4', 'accept-language': 'ur' },
      payload: Buffer.alloc(0),
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json<{ detail: string }>().detail).toBe('فائل خالی ہے۔');
    const huge = await t.as(peer, {
      method: 'POST',
      url: `/api/stories/${id}/media?filename=long.mp4`,
      headers: { 'content-type': 'video/mp4' },
      payload: Buffer.concat([MP4, Buffer.alloc(128 * 1024, 1)]),
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json<{ detail: string }>().detail).toMatch(
      /^This file is larger than \d+ MB, the most Cairn accepts\.$/,
    );
    const directory = join(dataDir, 'uploads', id);
    expect(existsSync(directory) ? readdirSync(directory) : []).toEqual([]);
    const list = await t.as(peer, { method: 'GET', url: `/api/stories/${id}/media` });
    expect(list.json<{ media: unknown[] }>().media).toEqual([]);
  });

  it('keeps a link to a recording held elsewhere, only https', async () => {
    const id = await newInterview();
    const link = await t.as(peer, {
      method: 'POST',
      url: `/api/stories/${id}/media-links`,
      payload: { url: 'https://video.example.org/interview-12', label: 'Interview with Kerry' },
    });
    expect(link.statusCode).toBe(201);
    const bad = await t.as(peer, {
      method: 'POST',
      url: `/api/stories/${id}/media-links`,
      payload: { url: 'javascript:alert(1)' },
    });
    expect(bad.statusCode).toBe(400);
  });
});
