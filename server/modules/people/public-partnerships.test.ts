import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { peopleAnswers } from '../../../contracts/people.answers.js';
import { PublicPartnershipsResponseSchema, type PublicPartnerships } from '../../../contracts/people.js';
import { signInAsNewAdmin, type SignedIn } from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { createOrganisation } from './people.factories.js';

let t: TestApp;
let admin: SignedIn;

beforeAll(async () => {
  t = await createTestApp();
  admin = await signInAsNewAdmin(t.app, t.context);
});
afterAll(async () => t.close());

describe('the partnerships anyone may find', () => {
  it('names each partnership and its organisations to someone signed out, and nothing more', async () => {
    const added = await createOrganisation(t, admin, { name: 'Aardvark Recovery Café' });
    const response = await t.as(null, { method: 'GET', url: '/api/public/partnerships' });
    expect(response.statusCode).toBe(200);
    const answer = response.json<PublicPartnerships>();
    const { partnerships } = answer;
    const partnership = partnerships.find((p) => p.id === added.partnershipId);
    expect(partnership?.organisations[0]).toEqual({ id: added.id, name: 'Aardvark Recovery Café' });
    // Ids and names only: no people, roles or counts.
    expect(Object.keys(partnership ?? {}).sort()).toEqual(['id', 'name', 'organisations']);

    // "What's on" and "You said, we did" check this answer without zod (people.answers.ts): on the
    // server's real answer it agrees with the contract's schema, and refuses what the schema refuses.
    expect(peopleAnswers.publicPartnerships.safeParse(answer)).toEqual({
      success: true,
      data: PublicPartnershipsResponseSchema.parse(answer),
    });
    const first = partnerships[0] as PublicPartnerships['partnerships'][number];
    for (const broken of [
      { partnerships: [{ ...first, id: 'ours' }] },
      { partnerships: [{ ...first, name: undefined }] },
      { partnerships: [{ ...first, organisations: [{ id: added.id, name: 7 }] }] },
      { partnerships: [{ ...first, organisations: null }] },
      {},
      null,
    ]) {
      expect(PublicPartnershipsResponseSchema.safeParse(broken).success).toBe(false);
      expect(peopleAnswers.publicPartnerships.safeParse(broken)).toEqual({ success: false });
    }
  });
});
