import type { BRIEFING_FORMATS, CONSENT_LOSS_CAUSES } from '../../../contracts/analysis.js';

type BriefingFormat = (typeof BRIEFING_FORMATS)[number];
type ConsentLossCause = (typeof CONSENT_LOSS_CAUSES)[number];

const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

const formatNames: Record<BriefingFormat, string> = { docx: 'Word', pdf: 'PDF' };

/** A purpose inside a sentence: ", for service planning", keeping capitals such as "NHS". */
const forPurpose = (purpose: string) => {
  const [first = '', second = ''] = purpose;
  if (!first) return '';
  return `, for ${second === second.toLowerCase() ? first.toLowerCase() + purpose.slice(1) : purpose}`;
};

/**
 * The words for briefings and the consent behind their quotes, in British English. Consent is the
 * storyteller's, so every sentence says plainly where their words may go and who already has a copy.
 */
export const analysisConsentStrings = {
  formatName: (format: BriefingFormat) => formatNames[format],

  briefings: {
    title: 'Briefings and downloads',
    lead: 'A short briefing for each audience, with its key messages and quotes. Each quote says what its storyteller agreed to.',
    rule: 'A general briefing can be passed on to anyone, so it only quotes stories shared for public use. A story shared with one partner organisation is quoted only in a briefing made for that partner, for the purpose the storyteller agreed to.',
    recipient: 'Who is the briefing for?',
    recipientHint:
      'Every download is recorded with the consent each quote rests on, so the team can be told if a storyteller changes their mind.',
    general: 'Anyone: a general briefing',
    partnerOption: (name: string, purpose: string, quotes: number) =>
      `${name}${forPurpose(purpose)} (${plural(quotes, 'quote', 'quotes')} only they may see)`,
    noPartners:
      'No key message quotes a story shared with a named partner, so there are only general briefings.',
    madeFor: (name: string, purpose: string) =>
      `These briefings are made for ${name}${forPurpose(purpose)}. They say so, and they are for decision makers and practitioners only: a partner’s consent does not reach the general public.`,
    downloadsFor: 'Download',
    word: (audience: string, partner: string | null) =>
      `Download the briefing for ${audience}${partner ? ` at ${partner}` : ''} (Word)`,
    pdf: (audience: string, partner: string | null) =>
      `Download the briefing for ${audience}${partner ? ` at ${partner}` : ''} (PDF)`,
    seeLog: 'See who has downloaded briefings, and any consent lost',
  },

  notices: {
    title: 'Consent lost',
    lead: 'When a storyteller withdraws or changes their consent, or it runs out, their quotes leave the key messages and new briefings at once. Copies already downloaded cannot be taken back: ask whoever has one to delete it.',
    none: 'No storyteller has taken back consent for a quote in this project.',
    heading: (cause: ConsentLossCause, when: string) =>
      `${{ withdrawn: 'Consent withdrawn', expired: 'Consent ran out', narrowed: 'Consent changed' }[cause]}, ${when}`,
    what: {
      withdrawn: 'A storyteller withdrew consent for their story.',
      expired: 'The consent a storyteller gave for their story has run out.',
      narrowed: 'A storyteller changed their consent, and it no longer reaches everywhere their words went.',
    } satisfies Record<ConsentLossCause, string>,
    lostQuotes: 'Key messages that lost a quote',
    lostQuote: (message: string, audience: string, number: number, code: string) =>
      `“${message}” (for ${audience}): quote ${number}, coded ${code}`,
    noLostQuotes: 'No key message lost a quote; the key messages may still use it.',
    downloads: 'Briefings already downloaded with a quote from it',
    askToDelete: 'Ask the people who have these copies to delete them.',
    noDownloads: 'No briefing carrying it had been downloaded.',
  },

  log: {
    title: 'Briefings downloaded',
    lead: 'Every briefing that has left Cairn, newest first, with the consent each of its quotes rests on.',
    none: 'No briefing has been downloaded yet.',
    briefing: (audience: string, partner: string | null, purpose: string, format: BriefingFormat) =>
      `Briefing for ${audience}${partner ? ` at ${partner}${forPurpose(purpose)}` : ''} (${formatNames[format]})`,
    by: (name: string, when: string) => `Downloaded by ${name}, ${when}`,
    quotes: (n: number) => (n === 0 ? 'No quotes.' : `${plural(n, 'quote', 'quotes')}:`),
    quoteConsent: (consent: string, count: number) => (count > 1 ? `${consent} (${count})` : consent),
  },
};
