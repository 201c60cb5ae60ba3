import { describe, expect, it } from 'vitest';
import {
  describeQuoteConsent,
  mayQuoteFor,
  mayQuoteInBriefing,
  samePurpose,
  type BriefingRecipient,
  type QuoteConsent,
} from './analysis.policy.js';

const RIVERSIDE = '00000000-0000-4000-8000-000000000001';
const HILLTOP = '00000000-0000-4000-8000-000000000002';

const general = (audience: BriefingRecipient['audience']): BriefingRecipient => ({
  audience,
  partnerOrganisationId: null,
  purpose: '',
});
const forPartner = (partnerOrganisationId: string, purpose = 'service planning'): BriefingRecipient => ({
  audience: 'decision_makers',
  partnerOrganisationId,
  purpose,
});
const consent = (tier: QuoteConsent['tier'], partners: string[] = [], purpose = ''): QuoteConsent => ({
  tier,
  partnerOrganisationIds: partners,
  purpose,
});

describe('mayQuoteFor (key messages)', () => {
  it('lets partner consent back messages for decision makers and practitioners, never the public', () => {
    expect(mayQuoteFor('partners', 'decision_makers')).toBe(true);
    expect(mayQuoteFor('partners', 'practitioners')).toBe(true);
    expect(mayQuoteFor('partners', 'public')).toBe(false);
    expect(mayQuoteFor('public', 'public')).toBe(true);
    expect(mayQuoteFor('analysis', 'decision_makers')).toBe(false);
    expect(mayQuoteFor('private', 'practitioners')).toBe(false);
  });
});

describe('mayQuoteInBriefing', () => {
  it('lets public consent go in every briefing, general or for a partner', () => {
    for (const audience of ['decision_makers', 'practitioners', 'public'] as const)
      expect(mayQuoteInBriefing(consent('public'), general(audience))).toBe(true);
    expect(mayQuoteInBriefing(consent('public'), forPartner(HILLTOP))).toBe(true);
  });

  it('keeps partner consent out of general briefings, which anyone can pass on', () => {
    const shared = consent('partners', [RIVERSIDE], 'service planning');
    expect(mayQuoteInBriefing(shared, general('decision_makers'))).toBe(false);
    expect(mayQuoteInBriefing(shared, general('practitioners'))).toBe(false);
    expect(mayQuoteInBriefing(shared, general('public'))).toBe(false);
  });

  it('lets partner consent go only to a named partner, for the stated purpose, never to the public', () => {
    const shared = consent('partners', [RIVERSIDE], 'Service planning');
    expect(mayQuoteInBriefing(shared, forPartner(RIVERSIDE, '  service   planning '))).toBe(true);
    expect(mayQuoteInBriefing(shared, { ...forPartner(RIVERSIDE), audience: 'practitioners' })).toBe(true);
    expect(mayQuoteInBriefing(shared, forPartner(HILLTOP))).toBe(false);
    expect(mayQuoteInBriefing(shared, forPartner(RIVERSIDE, 'fundraising'))).toBe(false);
    expect(mayQuoteInBriefing(shared, forPartner(RIVERSIDE, ''))).toBe(false);
    expect(mayQuoteInBriefing(shared, { ...forPartner(RIVERSIDE), audience: 'public' })).toBe(false);
  });

  it('lets partner consent with no stated purpose go to that partner for any purpose', () => {
    const shared = consent('partners', [RIVERSIDE, HILLTOP]);
    expect(mayQuoteInBriefing(shared, forPartner(HILLTOP, 'anything'))).toBe(true);
    expect(mayQuoteInBriefing(shared, forPartner(RIVERSIDE, ''))).toBe(true);
  });

  it('keeps analysis consent (and none) inside the analysis team', () => {
    expect(mayQuoteInBriefing(consent('analysis'), general('decision_makers'))).toBe(false);
    expect(mayQuoteInBriefing(consent('analysis', [RIVERSIDE]), forPartner(RIVERSIDE))).toBe(false);
    expect(mayQuoteInBriefing(consent('private'), general('practitioners'))).toBe(false);
  });
});

describe('describeQuoteConsent', () => {
  it('says in plain words what each quote rests on', () => {
    expect(describeQuoteConsent(consent('public'), null)).toBe('Shared with consent for public use');
    expect(
      describeQuoteConsent(consent('partners', [RIVERSIDE], 'Service planning.'), 'Riverside Recovery'),
    ).toBe('Shared with Riverside Recovery for service planning');
    expect(
      describeQuoteConsent(consent('partners', [RIVERSIDE], 'NHS board papers'), 'Riverside Recovery'),
    ).toBe('Shared with Riverside Recovery for NHS board papers');
    expect(describeQuoteConsent(consent('partners', [RIVERSIDE]), 'Riverside Recovery')).toBe(
      'Shared with Riverside Recovery',
    );
    expect(describeQuoteConsent(consent('analysis'), null)).toBe('Shared for analysis only');
  });

  it('treats purposes typed differently as the same purpose', () => {
    expect(samePurpose(' Service  planning', 'service planning ')).toBe(true);
    expect(samePurpose('service planning', 'service review')).toBe(false);
  });
});
