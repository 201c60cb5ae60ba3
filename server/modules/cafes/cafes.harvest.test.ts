import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cafe, Harvest } from '../../../contracts/cafes.js';
import { addPerson, firstOrganisationId, signInAsNewAdmin, type SignedIn } from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { addIdea, controlCafe, createCafe, joinCafe, vote } from './cafes.factories.js';
import { findPriorityContacts, findSentPriorities } from './index.js';

let t: TestApp;
let admin: SignedIn;
let facilitator: SignedIn;
let member: SignedIn;
let organisationId: string;
const dataDir = mkdtempSync(join(tmpdir(), 'cairn-harvest-'));

/** A small valid PNG (2×2, grey), built by hand so the test needs no image files. */
function tinyPng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0);
  header.writeUInt32BE(2, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const pixels = Buffer.from([0, 128, 128, 0, 128, 128]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

beforeAll(async () => {
  t = await createTestApp({ dataDir });
  admin = await signInAsNewAdmin(t.app, t.context);
  organisationId = await firstOrganisationId(t.app, admin);
  facilitator = await addPerson(t.app, admin, organisationId, 'facilitator');
  member = await addPerson(t.app, admin, organisationId, 'member');
});
afterAll(async () => t.close());

/**
 * A closed café of two tables and two rounds: Ash (who left a contact) and one other person wrote
 * three ideas and voted, so the café idea has 5 dots from 2 people, the walk 1 and the buses none.
 */
async function harvestedCafe(): Promise<{ cafe: Cafe; ideas: { walk: string; cafe: string; bus: string } }> {
  const cafe = await createCafe(t, facilitator, {
    organisationId,
    title: 'Recovery in Riverside',
    purpose: 'To agree what would make recovery easier here.',
    rounds: [{ question: 'What helped?' }, { question: 'What is missing?' }],
    tables: 2,
  });
  const a = await joinCafe(t, cafe, { contact: 'ash@example.org' });
  const b = await joinCafe(t, cafe);
  await controlCafe(t, facilitator, cafe, 'start');
  const walk = await addIdea(t, cafe, a, 'A walking group on Sundays');
  const recoveryCafe = await addIdea(t, cafe, b, 'A recovery café in the town centre');
  await controlCafe(t, facilitator, cafe, 'next_round');
  const bus = await addIdea(t, cafe, b, 'Cheaper buses to appointments');
  await controlCafe(t, facilitator, cafe, 'open_voting');
  await vote(t, cafe, a, recoveryCafe, 2);
  await vote(t, cafe, a, walk, 1);
  await vote(t, cafe, b, recoveryCafe, 3);
  await controlCafe(t, facilitator, cafe, 'close');
  return { cafe, ideas: { walk, cafe: recoveryCafe, bus } };
}

/** A live café of `tables` tables with one person in it, and a table's id by its number. */
async function liveCafe(title: string, tables: number) {
  const cafe = await createCafe(t, facilitator, { organisationId, title, tables });
  await joinCafe(t, cafe);
  await controlCafe(t, facilitator, cafe, 'start');
  return { cafe, table: (n: number) => cafe.tables.find((x) => x.number === n)?.id };
}

/** The facilitator merges the duplicate `sourceId` into `targetId`. */
async function mergeIdea(cafe: Cafe, sourceId: string, targetId: string) {
  const merged = await t.as(facilitator, {
    method: 'POST',
    url: `/api/cafes/${cafe.id}/merges`,
    payload: { sourceId, targetId },
  });
  expect(merged.statusCode, merged.body).toBe(200);
}

/** Uploads the tiny PNG as a photo of table 1's tablecloth. */
const uploadPhoto = (cafe: Cafe) =>
  t.as(facilitator, {
    method: 'POST',
    url: `/api/cafes/${cafe.id}/photos?filename=table1.png&tableNumber=1&caption=Table%201%20tablecloth`,
    headers: { 'content-type': 'image/png' },
    payload: tinyPng(),
  });

describe('the harvest', () => {
  it('reports priorities with raw counts, ideas by round and table, and attendance', async () => {
    const { cafe } = await harvestedCafe();
    const response = await t.as(facilitator, { method: 'GET', url: `/api/cafes/${cafe.id}/harvest` });
    const harvest = response.json<Harvest>();
    expect(harvest.priorities.map((p) => [p.text, p.dots, p.voters, p.rank])).toEqual([
      ['A recovery café in the town centre', 5, 2, 1],
      ['A walking group on Sundays', 1, 1, 2],
      ['Cheaper buses to appointments', 0, 0, 3],
    ]);
    expect(harvest.priorities[0]?.result).toBe('5 dots from 2 people');
    expect(harvest.attendance.participants).toBe(2);
    expect(harvest.rounds[1]?.ideas.map((i) => i.text)).toEqual(['Cheaper buses to appointments']);
  });

  it('keeps where merged duplicates came from: how many tables raised an idea and its other wordings', async () => {
    const { cafe, table } = await liveCafe('Merged at three tables', 3);
    const kept = await addIdea(t, cafe, facilitator, 'Peer support in the evenings', table(1));
    const duplicate = await addIdea(t, cafe, facilitator, 'Evening peer support groups', table(2));
    const hidden = await addIdea(
      t,
      cafe,
      facilitator,
      'Evening support, ring Dave on 07700 900123',
      table(3),
    );
    await addIdea(t, cafe, facilitator, 'A library of recovery books', table(3));
    const hide = await t.as(facilitator, {
      method: 'PATCH',
      url: `/api/cafes/${cafe.id}/ideas/${hidden}`,
      payload: { hidden: true },
    });
    expect(hide.statusCode).toBe(200);
    for (const sourceId of [duplicate, hidden]) await mergeIdea(cafe, sourceId, kept);
    await controlCafe(t, facilitator, cafe, 'close');

    const harvest = (
      await t.as(facilitator, { method: 'GET', url: `/api/cafes/${cafe.id}/harvest` })
    ).json<Harvest>();
    const sentence = 'Raised at 2 tables (tables 1 and 2); also said as: “Evening peer support groups”';
    expect(harvest.priorities.map((p) => [p.text, p.sources])).toEqual([
      ['Peer support in the evenings', sentence],
      ['A library of recovery books', ''],
    ]);

    const pdf = await t.as(facilitator, { method: 'GET', url: `/api/cafes/${cafe.id}/harvest.pdf` });
    const file = join(dataDir, 'harvest-merged.pdf');
    writeFileSync(file, pdf.rawPayload);
    const pdfText = execFileSync('pdftotext', ['-raw', file, '-']).toString().replace(/\s+/g, ' ');
    const docx = await t.as(facilitator, { method: 'GET', url: `/api/cafes/${cafe.id}/harvest.docx` });
    const xml = strFromU8(
      unzipSync(new Uint8Array(docx.rawPayload))['word/document.xml'] ?? new Uint8Array(),
    );
    const docxText = xml.replace(/<[^>]+>/g, '');
    for (const text of [pdfText, docxText]) {
      expect(text).toContain(`Peer support in the evenings: ${sentence}.`);
      expect(text).not.toContain('Dave');
    }

    // Sent on to co-production, the priority carries where it came from, onto the priority's page.
    const sent = await t.as(facilitator, {
      method: 'POST',
      url: `/api/cafes/${cafe.id}/priorities`,
      payload: { ideaId: kept },
    });
    expect(sent.statusCode, sent.body).toBe(200);
    const [carried] = (await findSentPriorities(t.context.db, [organisationId])).filter(
      (p) => p.cafeId === cafe.id,
    );
    expect(carried).toMatchObject({ ideaId: kept, sources: sentence });
    const coordinator = await addPerson(t.app, admin, organisationId, 'coordinator');
    const listed = await t.as(coordinator, {
      method: 'GET',
      url: `/api/coproduction/organisations/${organisationId}/cafe-priorities`,
    });
    expect(
      listed
        .json<{ cafePriorities: { id: string; sources: string }[] }>()
        .cafePriorities.find((p) => p.id === carried?.id)?.sources,
    ).toBe(sentence);
    const imported = await t.as(coordinator, {
      method: 'POST',
      url: `/api/coproduction/organisations/${organisationId}/cafe-priorities/${carried?.id}/import`,
    });
    expect(imported.statusCode, imported.body).toBe(201);
    const priority = await t.as(coordinator, {
      method: 'GET',
      url: `/api/coproduction/priorities/${imported.json<{ id: string }>().id}`,
    });
    expect(priority.json<{ text: string }>().text).toContain(`${sentence}.`);
    expect(priority.json<{ text: string }>().text).not.toContain('Dave');
  });

  it('fills in where merged duplicates came from on priorities brought in before that was carried, and only there (migration 0043)', async () => {
    const { cafe, table } = await liveCafe('Merged before it was carried', 4);
    const add = (text: string, n: number) => addIdea(t, cafe, facilitator, text, table(n));
    const merge = (sourceId: string, targetId: string) => mergeIdea(cafe, sourceId, targetId);
    // A lift to meetings, raised at tables 3 and 1, a duplicate at 4 merged into another at 2 that was
    // then merged in, and a hidden one; a second idea with a duplicate, whose text a coordinator
    // rewords; a third with none.
    const lifts = await add('Lifts to meetings', 3);
    const first = await add('A lift to the group', 1);
    const chained = await add('Someone to drive us', 4);
    const via = await add('Car share to meetings', 2);
    const hidden = await add('Lifts, ask Dave on 07700 900123', 1);
    await t.as(facilitator, {
      method: 'PATCH',
      url: `/api/cafes/${cafe.id}/ideas/${hidden}`,
      payload: { hidden: true },
    });
    const reworded = await add('A crèche during meetings', 1);
    const reworded2 = await add('Childcare at the café', 2);
    const alone = await add('A quiet room', 2);
    await merge(first, lifts);
    await merge(chained, via);
    await merge(via, lifts);
    await merge(hidden, lifts);
    await merge(reworded2, reworded);
    await controlCafe(t, facilitator, cafe, 'close');

    const coordinator = await addPerson(t.app, admin, organisationId, 'coordinator');
    const bringIn = async (ideaId: string) => {
      const sent = await t.as(facilitator, {
        method: 'POST',
        url: `/api/cafes/${cafe.id}/priorities`,
        payload: { ideaId },
      });
      expect(sent.statusCode, sent.body).toBe(200);
      const id = (await findSentPriorities(t.context.db, [organisationId])).find(
        (p) => p.ideaId === ideaId,
      )?.id;
      const imported = await t.as(coordinator, {
        method: 'POST',
        url: `/api/coproduction/organisations/${organisationId}/cafe-priorities/${id}/import`,
      });
      expect(imported.statusCode, imported.body).toBe(201);
      return imported.json<{ id: string }>().id;
    };
    const textOf = async (priorityId: string) =>
      (await t.as(coordinator, { method: 'GET', url: `/api/coproduction/priorities/${priorityId}` })).json<{
        text: string;
      }>().text;
    const withSources = await bringIn(lifts);
    const rewordedId = await bringIn(reworded);
    const aloneId = await bringIn(alone);
    // What an import writes now: the line the migration must write, word for word.
    const now = await textOf(withSources);
    expect(now).toContain(
      '\n\nRaised at 4 tables (tables 1, 2, 3 and 4); also said as: “A lift to the group”, “Someone to drive us”, “Car share to meetings”.',
    );
    const aloneText = await textOf(aloneId);

    // As they were brought in before: no sources line. One has since been reworded by a coordinator.
    const { sql } = await import('drizzle-orm');
    const before = now.slice(0, now.indexOf('\n\nRaised at'));
    await t.context.db.execute(
      sql`update coproduction_priorities set text = ${before} where id = ${withSources}`,
    );
    const ownWords = 'Childcare so parents can come: we heard this at two tables.';
    await t.context.db.execute(
      sql`update coproduction_priorities set text = ${ownWords} where id = ${rewordedId}`,
    );

    const migration = readFileSync(
      new URL('../../migrations/0043_cafe_priority_sources.sql', import.meta.url),
      'utf8',
    );
    for (let run = 0; run < 2; run++) {
      for (const statement of migration.split('--> statement-breakpoint'))
        await t.context.db.execute(sql.raw(statement));
      // Run twice: the second run changes nothing.
      expect(await textOf(withSources)).toBe(now);
      expect(await textOf(rewordedId)).toBe(ownWords);
      expect(await textOf(aloneId)).toBe(aloneText);
    }
    expect(now).not.toContain('Dave');
  });

  it('adds photos of tablecloths, refusing anything that is not a photo', async () => {
    const { cafe } = await harvestedCafe();
    const photo = await uploadPhoto(cafe);
    expect(photo.statusCode).toBe(201);
    const harvest = (
      await t.as(facilitator, { method: 'GET', url: `/api/cafes/${cafe.id}/harvest` })
    ).json<Harvest>();
    expect(harvest.photos).toEqual([
      { id: photo.json<{ id: string }>().id, tableNumber: 1, caption: 'Table 1 tablecloth' },
    ]);
    const notPhoto = await t.as(facilitator, {
      method: 'POST',
      url: `/api/cafes/${cafe.id}/photos?filename=x.png`,
      headers: { 'content-type': 'image/png' },
      payload: Buffer.from('not an image at all'),
    });
    expect(notPhoto.statusCode).toBe(415);
  });

  it('downloads a Word document that is well-formed and holds the priorities and photos', async () => {
    const { cafe } = await harvestedCafe();
    expect((await uploadPhoto(cafe)).statusCode).toBe(201);
    const response = await t.as(facilitator, { method: 'GET', url: `/api/cafes/${cafe.id}/harvest.docx` });
    expect(response.headers['content-disposition']).toContain('recovery-in-riverside-harvest.docx');
    const files = unzipSync(new Uint8Array(response.rawPayload));
    const xml = files['word/document.xml'];
    expect(xml).toBeDefined();
    const text = strFromU8(xml ?? new Uint8Array());
    expect(text).toContain('A recovery café in the town centre');
    expect(Object.keys(files).some((name) => name.startsWith('word/media/'))).toBe(true);
    const file = join(dataDir, 'document.xml');
    writeFileSync(file, text);
    execFileSync('xmllint', ['--noout', file]);
  });

  it('downloads a PDF whose text a PDF reader can extract', async () => {
    const { cafe } = await harvestedCafe();
    const response = await t.as(facilitator, { method: 'GET', url: `/api/cafes/${cafe.id}/harvest.pdf` });
    expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const file = join(dataDir, 'harvest.pdf');
    writeFileSync(file, response.rawPayload);
    const text = execFileSync('pdftotext', [file, '-']).toString();
    expect(text).toContain('Recovery in Riverside');
    expect(text).toContain('A recovery café in the town centre');
  });

  it('says a statement everyone agreed with in plain words, after its raw counts and before its explained common-ground figure', async () => {
    const cafe = await createCafe(t, facilitator, {
      organisationId,
      title: 'Where six of us stand',
      rounds: [{ question: 'What should change?' }],
      tables: 1,
      votingMethod: 'agreement',
    });
    const six = [];
    for (let n = 0; n < 6; n += 1) six.push(await joinCafe(t, cafe));
    await controlCafe(t, facilitator, cafe, 'start');
    const statement = await addIdea(t, cafe, six[0] ?? { cookie: '' }, 'Peer supporters in every A&E');
    await controlCafe(t, facilitator, cafe, 'open_voting');
    for (const person of six) {
      const agreed = await t.as(person, {
        method: 'POST',
        url: `/api/cafes/${cafe.id}/statement-votes`,
        payload: { ideaId: statement, vote: 1 },
      });
      expect(agreed.statusCode).toBe(200);
    }
    await controlCafe(t, facilitator, cafe, 'close');

    const harvest = (
      await t.as(facilitator, { method: 'GET', url: `/api/cafes/${cafe.id}/harvest` })
    ).json<Harvest>();
    const result = harvest.priorities[0]?.result ?? '';
    expect(result).toMatch(/^6 agree, 0 disagree, 0 pass: everyone agreed; common ground \d+%$/);
    // Six of six is never shown as a lone percentage below 100.
    expect(result).not.toMatch(/^\d+ ?%/);

    const explained = 'Common ground is a cautious estimate of how far every group of similar views agrees';
    const pdf = join(dataDir, 'agreement.pdf');
    writeFileSync(
      pdf,
      (await t.as(facilitator, { method: 'GET', url: `/api/cafes/${cafe.id}/harvest.pdf` })).rawPayload,
    );
    const pdfText = execFileSync('pdftotext', [pdf, '-']).toString().replace(/\s+/g, ' ');
    expect(pdfText).toContain('6 agree, 0 disagree, 0 pass: everyone agreed; common ground');
    expect(pdfText).toContain(explained);
    const docx = unzipSync(
      new Uint8Array(
        (await t.as(facilitator, { method: 'GET', url: `/api/cafes/${cafe.id}/harvest.docx` })).rawPayload,
      ),
    );
    const word = strFromU8(docx['word/document.xml'] ?? new Uint8Array());
    expect(word).toContain('6 agree, 0 disagree, 0 pass: everyone agreed; common ground');
    expect(word).toContain(explained);
  });

  it('lays the priorities out for reading: a narrow rank column, and each idea on one line', async () => {
    const { cafe } = await harvestedCafe();
    const response = await t.as(facilitator, { method: 'GET', url: `/api/cafes/${cafe.id}/harvest.pdf` });
    const file = join(dataDir, 'harvest-layout.pdf');
    writeFileSync(file, response.rawPayload);
    // Where pdftotext finds each word on the page, in points from the top left.
    const html = execFileSync('pdftotext', ['-bbox', file, '-']).toString();
    const words = [
      ...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)<\/word>/g),
    ].map((m) => ({ x: Number(m[1]), y: Number(m[2]), text: m[3] ?? '' }));
    const rank = words.find((w) => w.text === 'Rank');
    const idea = words.find((w) => w.text === 'Idea' && rank && Math.abs(w.y - rank.y) < 1);
    if (!rank || !idea) throw new Error(`no table header in: ${words.map((w) => w.text).join(' ')}`);
    // The rank column is only as wide as its heading (it took half the page before).
    expect(idea.x - rank.x).toBeLessThan(60);
    // The longest idea reads on one line rather than wrapping every few words.
    const first = words.find((w) => w.text === 'recovery' && w.y > rank.y);
    const last = words.find((w) => w.text === 'centre' && w.y > rank.y);
    expect(first && last && Math.abs(first.y - last.y)).toBeLessThan(1);

    // Drawn as a reader sees it (the first page rendered to a grey image, one pixel a point): every
    // mark, the table's included, lies inside the page's 56-point margins, so nothing spills or is cut.
    execFileSync('pdftoppm', [
      '-r',
      '72',
      '-gray',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      file,
      join(dataDir, 'layout'),
    ]);
    const image = readFileSync(join(dataDir, 'layout.pgm'));
    const [, width = 0, height = 0] =
      /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(image.toString('latin1', 0, 20))?.map(Number) ?? [];
    const pixels = image.subarray(image.length - width * height);
    const inked: number[] = [];
    pixels.forEach((grey, i) => {
      if (grey < 160) inked.push(i % width);
    });
    // A4 is 595.3 × 841.9 points.
    expect([width, height]).toEqual([596, 842]);
    expect(inked.length).toBeGreaterThan(1000);
    expect(Math.min(...inked)).toBeGreaterThanOrEqual(55);
    expect(Math.max(...inked)).toBeLessThanOrEqual(width - 56);
  });

  it('sends a priority on to co-production, with the contacts of those who shaped it', async () => {
    const { cafe, ideas } = await harvestedCafe();
    const sent = await t.as(facilitator, {
      method: 'POST',
      url: `/api/cafes/${cafe.id}/priorities`,
      payload: { ideaId: ideas.cafe },
    });
    expect(sent.json<Harvest>().priorities[0]).toMatchObject({ sentOn: true });
    const priorities = await findSentPriorities(t.context.db, [organisationId]);
    expect(priorities).toContainEqual(
      expect.objectContaining({ text: 'A recovery café in the town centre', dots: 5 }),
    );
    expect(await findPriorityContacts(t.context, t.context.db, ideas.cafe)).toEqual({
      // With the language the join page was in (English: the request asked for no other).
      contacts: [{ contact: 'ash@example.org', language: 'en' }],
      personIds: [],
    });
    const { sql } = await import('drizzle-orm');
    const raw = await t.context.db.execute(
      sql`select contact_encrypted from cafe_participants where cafe_id = ${cafe.id}`,
    );
    expect(JSON.stringify(raw)).not.toContain('ash@example.org');
  });

  it('is for the café’s facilitators only', async () => {
    const { cafe, ideas } = await harvestedCafe();
    for (const url of [
      `/api/cafes/${cafe.id}/harvest`,
      `/api/cafes/${cafe.id}/harvest.docx`,
      `/api/cafes/${cafe.id}/harvest.pdf`,
    ]) {
      expect((await t.as(member, { method: 'GET', url })).statusCode).toBe(404);
      expect((await t.as(null, { method: 'GET', url })).statusCode).toBe(401);
    }
    const send = await t.as(member, {
      method: 'POST',
      url: `/api/cafes/${cafe.id}/priorities`,
      payload: { ideaId: ideas.walk },
    });
    expect(send.statusCode).toBe(404);
  });
});

describe('printing', () => {
  it('prints table cards with the join code, a QR code, the questions and the etiquette, and a run of show', async () => {
    const cafe = await createCafe(t, facilitator, {
      organisationId,
      title: 'Recovery in Riverside',
      tables: 2,
    });
    const roles = await t.as(facilitator, {
      method: 'PUT',
      url: `/api/cafes/${cafe.id}/roles`,
      payload: {
        roles: [
          { role: 'lead_host', name: 'Aisha' },
          { role: 'table_host', name: 'Tom', tableNumber: 2 },
        ],
      },
    });
    expect(roles.statusCode).toBe(200);
    const response = await t.as(facilitator, { method: 'GET', url: `/api/cafes/${cafe.id}/table-cards.pdf` });
    expect(response.statusCode).toBe(200);
    const file = join(dataDir, 'cards.pdf');
    writeFileSync(file, response.rawPayload);
    const text = execFileSync('pdftotext', [file, '-']).toString();
    expect(text).toContain('Table 1');
    expect(text).toContain('Table 2');
    expect(text).toContain(`${cafe.joinCode.slice(0, 3)} ${cafe.joinCode.slice(3)}`);
    expect(text).toContain('You are here as yourself, not as your role.');
    expect(text).toContain('Run of show');
    expect(text).toContain('Your table host: Tom');
    expect(text).toContain('Lead host: Aisha');
    const pages = execFileSync('pdfinfo', [file])
      .toString()
      .match(/Pages:\s+(\d+)/)?.[1];
    expect(Number(pages)).toBeGreaterThanOrEqual(3);
    expect(
      (await t.as(member, { method: 'GET', url: `/api/cafes/${cafe.id}/table-cards.pdf` })).statusCode,
    ).toBe(404);
  });
});
