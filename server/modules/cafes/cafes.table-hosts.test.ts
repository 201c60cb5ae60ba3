import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { Board, Cafe, TableHostView } from '../../../contracts/cafes.js';
import type { AuditEvent } from '../../../contracts/people.js';
import { addPerson, firstOrganisationId, signInAsNewAdmin, type SignedIn } from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import {
  addIdea,
  controlCafe,
  createCafe,
  joinCafe,
  signOutOnPhone,
  vote,
  type Participant,
} from './cafes.factories.js';

let t: TestApp;
let admin: SignedIn;
let organisationId: string;
let facilitator: SignedIn;
let member: SignedIn;
const dataDir = mkdtempSync(join(tmpdir(), 'cairn-table-hosts-'));

beforeAll(async () => {
  t = await createTestApp();
  admin = await signInAsNewAdmin(t.app, t.context);
  organisationId = await firstOrganisationId(t.app, admin);
  facilitator = await addPerson(t.app, admin, organisationId, 'facilitator');
  member = await addPerson(t.app, admin, organisationId, 'member');
});
afterAll(async () => {
  await t.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const newCafe = () => createCafe(t, facilitator, { organisationId, tables: 2 });

/** Each table's host link, as the facilitator's run page shows them. */
async function links(cafe: Cafe): Promise<Map<number, string>> {
  return new Map((await linksAndCodes(cafe)).map((l) => [l.tableNumber, l.url]));
}

async function linksAndCodes(cafe: Cafe) {
  const response = await t.as(facilitator, { method: 'GET', url: `/api/cafes/${cafe.id}/table-host-links` });
  expect(response.statusCode).toBe(200);
  return response.json<{ links: { tableNumber: number; url: string; code: string }[] }>().links;
}

/** Each table's host code, to type from the host slip. */
async function codesOf(cafe: Cafe): Promise<Map<number, string>> {
  return new Map((await linksAndCodes(cafe)).map((l) => [l.tableNumber, l.code]));
}

/** Opens a table by typing its host code, as a host without a camera would. */
const openByCode = (code: string) =>
  t.as(null, { method: 'POST', url: '/api/cafes/table-host', payload: { code } });

const keyOf = (url: string | undefined) => url?.split('#')[1] ?? '';

/** Opens a table-host link as a phone would: the key is exchanged for this café's table-host cookie. */
async function openLink(url: string | undefined) {
  const response = await t.as(null, {
    method: 'POST',
    url: '/api/cafes/table-host',
    payload: { key: keyOf(url) },
  });
  if (response.statusCode !== 200) throw new Error(`link did not open: ${response.body}`);
  const cookie = response.cookies.find((c) => c.name.startsWith('cairn_h_'));
  if (!cookie) throw new Error('no table-host cookie');
  return { cookie: `${cookie.name}=${cookie.value}`, ...response.json<{ tableNumber: number }>() };
}

const view = (cafe: Cafe, host: { cookie: string }) =>
  t.as(host, { method: 'GET', url: `/api/cafes/${cafe.id}/table-host` });
const hostIdea = (cafe: Cafe, host: { cookie: string }, text: string) =>
  t.as(host, { method: 'POST', url: `/api/cafes/${cafe.id}/table-host/ideas`, payload: { text } });
const countDots = (cafe: Cafe, host: { cookie: string }, ideaId: string, count: number) =>
  t.as(host, {
    method: 'PUT',
    url: `/api/cafes/${cafe.id}/table-host/ideas/${ideaId}/paper-votes`,
    payload: { count, kind: 'dots' },
  });
const hide = (cafe: Cafe, host: { cookie: string }, ideaId: string, reason: string) =>
  t.as(host, {
    method: 'POST',
    url: `/api/cafes/${cafe.id}/table-host/ideas/${ideaId}/hide`,
    payload: { reason },
  });
const board = async (cafe: Cafe, who: { cookie: string }) =>
  (await t.as(who, { method: 'GET', url: `/api/cafes/${cafe.id}/board` })).json<Board>();
const audit = async () =>
  (await t.as(admin, { method: 'GET', url: '/api/admin/audit?limit=50' })).json<{ events: AuditEvent[] }>()
    .events;

describe('a table host’s table, live', () => {
  /** Follows a table's live view from a second app instance, as the host's phone would. */
  function follow(address: string, cafe: Cafe, host: { cookie: string }) {
    const socket = new WebSocket(`${address.replace('http', 'ws')}/api/cafes/${cafe.id}/table-host/live`, {
      headers: { cookie: host.cookie },
    });
    const views: TableHostView[] = [];
    let closed: number | undefined;
    socket.on('message', (data: Buffer) => {
      const message = JSON.parse(data.toString()) as { type: string; view: TableHostView };
      if (message.type === 'view') views.push(message.view);
    });
    socket.on('close', (code: number) => (closed = code));
    const latest = () => views.at(-1);
    return { socket, views, latest, closedWith: () => closed };
  }

  it('sends the host their own table at every change, and stops when the link does', async () => {
    const cafe = await newCafe();
    const hostLinks = await links(cafe);
    const host = await openLink(hostLinks.get(1));
    await controlCafe(t, facilitator, cafe, 'start');
    const atTable1 = await joinCafe(t, cafe, { tableNumber: 1 });
    const atTable2 = await joinCafe(t, cafe, { tableNumber: 2 });
    const peer = await t.createPeer();
    try {
      const address = await peer.app.listen({ port: 0, host: '127.0.0.1' });
      const live = follow(address, cafe, host);
      await expect.poll(() => live.latest()?.tableNumber, { timeout: 5000 }).toBe(1);
      expect(live.latest()?.cafe).toMatchObject({ status: 'live', votingOpen: false });

      // An idea added at the table on a phone (through the first instance) reaches the host.
      const said = await addIdea(t, cafe, atTable1, 'A lift to meetings');
      await expect
        .poll(() => live.latest()?.ideas.map((i) => i.text), { timeout: 5000 })
        .toEqual(['A lift to meetings']);
      // Another table's ideas are never sent.
      await addIdea(t, cafe, atTable2, 'Elsewhere');
      // The facilitator hides the idea: the host sees it hidden.
      const hidden = await t.as(facilitator, {
        method: 'PATCH',
        url: `/api/cafes/${cafe.id}/ideas/${said}`,
        payload: { hidden: true },
      });
      expect(hidden.statusCode, hidden.body).toBe(200);
      await expect.poll(() => live.latest()?.ideas[0]?.hidden, { timeout: 5000 }).toBe(true);
      // Voting opens: the host is told.
      await controlCafe(t, facilitator, cafe, 'open_voting');
      await expect.poll(() => live.latest()?.cafe.votingOpen, { timeout: 5000 }).toBe(true);
      expect(live.views.every((v) => v.ideas.every((i) => i.text !== 'Elsewhere'))).toBe(true);

      // A new link for the table ends the old one's connection at the next change.
      const replaced = await t.as(facilitator, {
        method: 'POST',
        url: `/api/cafes/${cafe.id}/table-host-links/1`,
        payload: {},
      });
      expect(replaced.statusCode).toBe(200);
      await addIdea(t, cafe, atTable1, 'After the new link');
      await expect.poll(() => live.closedWith(), { timeout: 5000 }).toBe(4401);
      expect(live.views.every((v) => v.ideas.every((i) => i.text !== 'After the new link'))).toBe(true);

      // Nobody without a working link of this café is let in.
      const stranger = follow(address, cafe, { cookie: '' });
      const participant = follow(address, cafe, atTable1);
      const stale = follow(address, cafe, host);
      for (const refused of [stranger, participant, stale]) {
        await expect.poll(() => refused.closedWith(), { timeout: 5000 }).toBe(4401);
        expect(refused.views).toEqual([]);
      }
    } finally {
      await peer.close();
    }
  });

  it('sends far fewer views than changes when a whole room votes at once, ending on the final tally', async () => {
    const cafe = await newCafe();
    const host = await openLink((await links(cafe)).get(1));
    await controlCafe(t, facilitator, cafe, 'start');
    const room = await Promise.all(Array.from({ length: 30 }, () => joinCafe(t, cafe, { tableNumber: 1 })));
    const idea = await addIdea(t, cafe, room[0] as Participant, 'A lift to meetings');
    await controlCafe(t, facilitator, cafe, 'open_voting');
    const peer = await t.createPeer();
    try {
      const address = await peer.app.listen({ port: 0, host: '127.0.0.1' });
      // The host on two phones with the same link.
      const phones = [follow(address, cafe, host), follow(address, cafe, host)];
      for (const phone of phones)
        await expect.poll(() => phone.latest()?.cafe.votingOpen, { timeout: 5000 }).toBe(true);
      const before = phones.map((phone) => phone.views.length);

      // Thirty votes, all at once: thirty changes to the café.
      const votes = await Promise.all(room.map((participant) => vote(t, cafe, participant, idea, 1)));
      expect(votes.map((v) => v.statusCode)).toEqual(votes.map(() => 200));

      for (const [i, phone] of phones.entries()) {
        // The last view each phone gets is the final tally, however the votes were grouped.
        await expect
          .poll(() => phone.latest()?.ideas.find((x) => x.id === idea), { timeout: 10_000 })
          .toMatchObject({ dots: 30, voters: 30 });
        const received = phone.views.length - (before[i] ?? 0);
        expect(received).toBeGreaterThanOrEqual(1);
        expect(received).toBeLessThanOrEqual(10);
      }
    } finally {
      await peer.close();
    }
  });
});

describe('table-host links', () => {
  it('gives each table an unguessable link, for the café’s facilitators only', async () => {
    const cafe = await newCafe();
    const first = await links(cafe);
    expect([...first.keys()]).toEqual([1, 2]);
    // 32 random bytes in base64url: 256 bits, after a # so the address never carries it to a server.
    for (const url of first.values()) expect(url).toMatch(/\/table-host#[A-Za-z0-9_-]{43}$/);
    expect(new Set(first.values()).size).toBe(2);
    // Asking again shows the same links, so a printed card and the run page agree.
    expect(await links(cafe)).toEqual(first);
    // Each link has a code to type instead: 12 letters and digits (about 59 bits), read in fours.
    const codes = await codesOf(cafe);
    for (const code of codes.values())
      expect(code).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
    // Typed in small letters, with spaces instead of dashes, it opens the same table with the same key.
    const typed = await openByCode((codes.get(2) ?? '').toLowerCase().replaceAll('-', ' '));
    expect(typed.statusCode).toBe(200);
    expect(typed.json<{ tableNumber: number }>().tableNumber).toBe(2);
    expect(typed.cookies.find((c) => c.name.startsWith('cairn_h_'))?.value).toBe(keyOf(first.get(2)));
    const url = `/api/cafes/${cafe.id}/table-host-links`;
    expect((await t.as(member, { method: 'GET', url })).statusCode).toBe(404);
    expect((await t.as(null, { method: 'GET', url })).statusCode).toBe(401);

    // The host slips come after the run of show, one per table, with the link written out.
    const cards = await t.as(facilitator, { method: 'GET', url: `/api/cafes/${cafe.id}/table-cards.pdf` });
    const file = join(dataDir, 'cards.pdf');
    writeFileSync(file, cards.rawPayload);
    const text = execFileSync('pdftotext', [file, '-']).toString().replace(/\s+/g, ' ');
    expect(text).toContain('Table host of table 2');
    expect(text).toContain('For the table host only');
    expect(text.indexOf('Table host of table 1')).toBeGreaterThan(text.indexOf('Run of show'));
    expect(text).toContain(codes.get(2));
  });

  it('lets a table host add paper ideas, count dots and hide, for their own table only, audited', async () => {
    const cafe = await newCafe();
    const hostLinks = await links(cafe);
    const host1 = await openLink(hostLinks.get(1));
    const host2 = await openLink(hostLinks.get(2));
    expect(host1.tableNumber).toBe(1);

    // Before the café starts there is nothing to add to.
    expect((await hostIdea(cafe, host1, 'Too early')).statusCode).toBe(409);
    await controlCafe(t, facilitator, cafe, 'start');
    const atTable1 = await joinCafe(t, cafe, { tableNumber: 1, contact: 'p1@example.org' });
    const atTable2 = await joinCafe(t, cafe, { tableNumber: 2, displayName: 'Sam' });
    const fromPhone = await addIdea(t, cafe, atTable1, 'A drop-in on Saturdays');
    const otherTable = await addIdea(t, cafe, atTable2, 'Peer mentors at the GP surgery');

    // 1. What the table said on paper goes to the host's table, as a facilitator's paper idea would.
    const added = await hostIdea(cafe, host1, 'Free bus passes to get to meetings');
    expect(added.statusCode).toBe(201);
    const paperIdea = added.json<{ id: string }>().id;
    const seen = (await board(cafe, facilitator)).ideas.find((i) => i.id === paperIdea);
    expect(seen).toMatchObject({ tableNumber: 1, round: 1, author: '', hidden: false });

    // Their page shows their own table only: no other table's ideas, nobody's name or contact.
    const mine = (await view(cafe, host1)).json<TableHostView>();
    expect(mine.tableNumber).toBe(1);
    expect(mine.cafe.question).toBe('What helped you most?');
    expect(mine.ideas.map((i) => i.id).sort()).toEqual([fromPhone, paperIdea].sort());
    const body = (await view(cafe, host1)).body;
    expect(body).not.toContain('p1@example.org');
    expect(body).not.toContain('Sam');
    expect(body).not.toContain(otherTable);

    // 2. Sticker dots counted in, apart from phone votes; a recount replaces the total.
    expect((await countDots(cafe, host1, fromPhone, 4)).statusCode).toBe(200);
    const recounted = await countDots(cafe, host1, fromPhone, 5);
    expect(recounted.json<TableHostView>().ideas.find((i) => i.id === fromPhone)).toMatchObject({
      paperVotes: 5,
      paperKind: 'dots',
      dots: 0,
    });
    expect((await board(cafe, atTable2)).ideas.find((i) => i.id === fromPhone)).toMatchObject({
      paperVotes: 5,
      paperKind: 'dots',
      dots: 0,
    });

    // Another table's idea is no idea at all to this host.
    expect((await countDots(cafe, host1, otherTable, 3)).statusCode).toBe(404);
    expect((await hide(cafe, host1, otherTable, 'Names someone')).statusCode).toBe(404);
    expect((await board(cafe, facilitator)).ideas.find((i) => i.id === otherTable)?.paperVotes).toBe(0);

    // 3. Hiding, with why: gone from every board but the facilitator's, who sees why and can undo it.
    expect((await hide(cafe, host1, paperIdea, 'x')).statusCode).toBe(400);
    const before = (await view(cafe, host1)).json<TableHostView>().version;
    const hidden = await hide(cafe, host1, paperIdea, 'Names a worker at the clinic');
    expect(hidden.statusCode).toBe(200);
    // labelled with the version the hiding moved the café to, so a phone never takes an older view for it
    expect(hidden.json<TableHostView>().version).toBe(before + 1);
    expect((await view(cafe, host1)).json<TableHostView>().version).toBe(before + 1);
    expect(hidden.json<TableHostView>().ideas.find((i) => i.id === paperIdea)).toMatchObject({
      hidden: true,
      hiddenReason: 'Names a worker at the clinic',
    });
    expect((await board(cafe, atTable1)).ideas.map((i) => i.id)).not.toContain(paperIdea);
    expect((await board(cafe, facilitator)).ideas.find((i) => i.id === paperIdea)).toMatchObject({
      hidden: true,
      hiddenReason: 'Names a worker at the clinic',
    });
    // The other table's host never sees it, hidden or not.
    expect((await view(cafe, host2)).json<TableHostView>().ideas.map((i) => i.id)).toEqual([otherTable]);
    // Counting dots on a hidden idea is refused; the facilitator shows it again, and the reason goes.
    expect((await countDots(cafe, host1, paperIdea, 2)).statusCode).toBe(404);
    const restored = await t.as(facilitator, {
      method: 'PATCH',
      url: `/api/cafes/${cafe.id}/ideas/${paperIdea}`,
      payload: { hidden: false },
    });
    expect(restored.json<Board>().ideas.find((i) => i.id === paperIdea)).toMatchObject({
      hidden: false,
      hiddenReason: null,
    });

    // Everything is in the audit log as the table host of table 1, never as a person.
    const events = (await audit()).filter((e) => e.subjectId === cafe.id && e.actorId === null);
    expect(events.map((e) => e.action).sort()).toEqual([
      'cafe.idea_added_from_paper',
      'cafe.idea_hidden',
      'cafe.paper_votes_counted',
      'cafe.paper_votes_counted',
    ]);
    for (const event of events) {
      expect(event.actorName).toBe('table host of table 1');
      expect(event.details).toMatchObject({ tableNumber: 1 });
    }
    expect(events.find((e) => e.action === 'cafe.idea_hidden')?.details).toMatchObject({
      ideaId: paperIdea,
      reason: 'Names a worker at the clinic',
    });
    // The facilitator's own hiding and showing is audited too, as them, with the host's reason kept.
    const byFacilitator = (await audit()).filter(
      (e) =>
        e.subjectId === cafe.id && e.actorId === facilitator.personId && e.action.startsWith('cafe.idea_'),
    );
    expect(byFacilitator.map((e) => [e.action, e.details])).toEqual([
      ['cafe.idea_shown', { ideaId: paperIdea, reason: 'Names a worker at the clinic' }],
    ]);
    const hideAgain = (hidden: boolean) =>
      t.as(facilitator, {
        method: 'PATCH',
        url: `/api/cafes/${cafe.id}/ideas/${paperIdea}`,
        payload: { hidden },
      });
    expect((await hideAgain(true)).statusCode).toBe(200);
    expect((await hideAgain(true)).statusCode).toBe(200);
    const after = (await audit()).filter(
      (e) =>
        e.subjectId === cafe.id && e.actorId === facilitator.personId && e.action.startsWith('cafe.idea_'),
    );
    // Hiding what is already hidden is no change, and no second entry.
    expect(after.map((e) => e.action).sort()).toEqual(['cafe.idea_hidden', 'cafe.idea_shown']);
  });

  it('opens one table of one café, and stops when the link is replaced or the café closes', async () => {
    const cafe = await newCafe();
    const other = await newCafe();
    await controlCafe(t, facilitator, cafe, 'start');
    await controlCafe(t, facilitator, other, 'start');
    const host = await openLink((await links(cafe)).get(1));
    const otherIdea = await addIdea(t, other, await joinCafe(t, other, { tableNumber: 1 }), 'Elsewhere');

    // The cookie of one café, sent under another café's name, opens nothing there.
    const [, key] = host.cookie.split('=');
    const borrowed = { cookie: `cairn_h_${other.id.replaceAll('-', '')}=${key}` };
    expect((await view(other, borrowed)).statusCode).toBe(401);
    expect((await hostIdea(other, borrowed, 'Not my café')).statusCode).toBe(401);
    expect((await countDots(other, borrowed, otherIdea, 9)).statusCode).toBe(401);
    expect((await hide(other, borrowed, otherIdea, 'Not my café')).statusCode).toBe(401);
    // A participant's seat is not a table host's.
    const participant = await joinCafe(t, cafe, { tableNumber: 1 });
    expect((await hostIdea(cafe, participant, 'I am not the host')).statusCode).toBe(401);

    // A new link for the table: the old one stops at once, even in a browser that opened it.
    const oldUrl = (await links(cafe)).get(1);
    const oldCode = (await codesOf(cafe)).get(1) ?? '';
    const replaced = await t.as(facilitator, {
      method: 'POST',
      url: `/api/cafes/${cafe.id}/table-host-links/1`,
      payload: {},
    });
    expect(replaced.statusCode).toBe(200);
    const newUrl = (await links(cafe)).get(1);
    expect(newUrl).not.toBe(oldUrl);
    // Its code goes with it.
    expect((await openByCode(oldCode)).statusCode).toBe(404);
    const newCode = (await codesOf(cafe)).get(1) ?? '';
    expect(newCode).not.toBe(oldCode);
    expect((await view(cafe, host)).statusCode).toBe(401);
    const stale = await t.as(null, {
      method: 'POST',
      url: '/api/cafes/table-host',
      payload: { key: keyOf(oldUrl) },
    });
    expect(stale.statusCode).toBe(404);
    expect(stale.json<{ detail: string }>().detail).toContain('Ask the facilitator');
    expect(
      (await t.as(member, { method: 'POST', url: `/api/cafes/${cafe.id}/table-host-links/1`, payload: {} }))
        .statusCode,
    ).toBe(404);
    const replacedEvent = (await audit()).find(
      (e) => e.subjectId === cafe.id && e.action === 'cafe.table_host_link_replaced',
    );
    expect(replacedEvent?.details).toMatchObject({ tableNumber: 1 });

    // Closing the café closes every table-host link, and its code.
    const fresh = await openLink(newUrl);
    expect((await view(cafe, fresh)).statusCode).toBe(200);
    await controlCafe(t, facilitator, cafe, 'close');
    expect((await view(cafe, fresh)).statusCode).toBe(401);
    expect((await hostIdea(cafe, fresh, 'After the close')).statusCode).toBe(401);
    const closed = await t.as(null, {
      method: 'POST',
      url: '/api/cafes/table-host',
      payload: { key: keyOf(newUrl) },
    });
    expect(closed.statusCode).toBe(404);
    expect((await openByCode(newCode)).statusCode).toBe(404);
  });

  it('forgets the table this phone hosts when whoever is signed in on it signs out', async () => {
    // Someone of their own, since signing out ends their session.
    const person = await addPerson(t.app, admin, organisationId, 'member');
    const [first, second] = [await newCafe(), await newCafe()];
    await controlCafe(t, facilitator, first, 'start');
    const hosts = [await openLink((await links(first)).get(1)), await openLink((await links(second)).get(2))];
    const seat = await joinCafe(t, first, { as: person });
    const phone = { cookie: [person.cookie, seat.cookie, ...hosts.map((h) => h.cookie)].join('; ') };
    expect((await view(first, phone)).statusCode).toBe(200);

    const { out, names, after } = await signOutOnPhone(t, phone, 'cairn_h_');
    expect(names).toEqual(hosts.map((h) => h.cookie.split('=')[0]).sort());
    // The participant seat goes with them, as before.
    expect(out.cookies.map((c) => c.name)).toContain(seat.cookie.split('=')[0]);
    expect((await view(first, after)).statusCode).toBe(401);
    expect((await hostIdea(first, after, 'From the next person on the phone')).statusCode).toBe(401);
  });

  it('limits links and codes that open nothing per address, like wrong join codes', async () => {
    const cafe = await newCafe();
    const limited = await createTestApp({ joinLimitPerMinute: 3 });
    try {
      const wrongKey = 'A'.repeat(43);
      const open = () =>
        limited.app.inject({ method: 'POST', url: '/api/cafes/table-host', payload: { key: wrongKey } });
      const typeCode = () =>
        limited.app.inject({
          method: 'POST',
          url: '/api/cafes/table-host',
          payload: { code: 'ZZZZ-ZZZZ-ZZZZ' },
        });
      // Wrong links and wrong codes count together.
      for (let i = 0; i < 2; i++) expect((await open()).statusCode).toBe(404);
      expect((await typeCode()).statusCode).toBe(404);
      for (const blocked of [await open(), await typeCode()]) {
        expect(blocked.statusCode).toBe(429);
        expect(blocked.headers['retry-after']).toBeDefined();
      }
    } finally {
      await limited.close();
    }
    // Right links and codes are never limited: a whole team of hosts often shares one Wi-Fi address.
    const url = (await links(cafe)).get(1);
    const code = (await codesOf(cafe)).get(1) ?? '';
    for (let i = 0; i < 20; i++) {
      await openLink(url);
      expect((await openByCode(code)).statusCode).toBe(200);
    }
  });
});
