import { describe, expect, it } from 'vitest';
import { allows, foldConsent, type ConsentLedgerEntry } from './fold.js';

const at = (iso: string) => new Date(iso);
const grant = (
  tier: ConsentLedgerEntry['tier'],
  when: string,
  extra: Partial<ConsentLedgerEntry> = {},
): ConsentLedgerEntry => ({
  at: at(when),
  action: 'grant',
  tier,
  partnerOrganisationIds: [],
  purpose: '',
  identification: 'anonymous',
  pseudonym: null,
  media: ['text'],
  expiresAt: null,
  ...extra,
});
const withdraw = (when: string): ConsentLedgerEntry => ({ ...grant(null, when), action: 'withdraw' });

describe('effective consent is the fold of the ledger', () => {
  it('starts private', () => {
    expect(foldConsent([])).toMatchObject({ tier: 'private', withdrawn: false });
  });

  it('takes the latest grant, in time order whatever the input order', () => {
    const folded = foldConsent([grant('public', '2026-03-01'), grant('analysis', '2026-01-01')]);
    expect(folded.tier).toBe('public');
    expect(allows(folded, 'analysis')).toBe(true);
    expect(allows(folded, 'partners')).toBe(true);
  });

  it('goes back to private on withdrawal, and a later grant starts afresh', () => {
    expect(foldConsent([grant('public', '2026-01-01'), withdraw('2026-02-01')])).toMatchObject({
      tier: 'private',
      withdrawn: true,
    });
    expect(
      foldConsent([grant('public', '2026-01-01'), withdraw('2026-02-01'), grant('analysis', '2026-03-01')]),
    ).toMatchObject({ tier: 'analysis', withdrawn: false });
  });

  it('treats expired consent exactly like withdrawal', () => {
    const ledger = [grant('public', '2026-01-01', { expiresAt: at('2026-06-01') })];
    expect(foldConsent(ledger, at('2026-05-31')).tier).toBe('public');
    const expired = foldConsent(ledger, at('2026-06-01'));
    expect(expired).toMatchObject({ tier: 'private', expired: true });
    expect(allows(expired, 'analysis')).toBe(false);
  });

  it('keeps partner organisations only for the partners and public tiers', () => {
    expect(
      foldConsent([grant('analysis', '2026-01-01', { partnerOrganisationIds: ['x'] })])
        .partnerOrganisationIds,
    ).toEqual([]);
    expect(
      foldConsent([grant('partners', '2026-01-01', { partnerOrganisationIds: ['x'] })])
        .partnerOrganisationIds,
    ).toEqual(['x']);
  });
});
