import type { CaseAction } from '../../../contracts/stories.js';

/** Words on the safeguarding pages, for leads (and, when an alert escalates, admins and other leads). */
export const safeguardingStrings = {
  alerts: {
    title: 'Safeguarding alerts',
    lead: 'Stories that suggest someone may be at risk now. A story stays unshared until its storyteller confirms it again, even after you close the alert.',
    none: 'There are no alerts. Thank you for keeping people safe.',
    open: 'Open the case',
    raised: (date: string) => `Raised ${date}`,
    fromOrganisation: (name: string) => `From ${name}`,
    sources: {
      detector: 'Found by Cairn when the story was sent',
      language:
        'Sent to you because Cairn cannot read its language: read it for risk, and for names and places to take out',
      reader: 'Raised by someone who read the story',
    },
    escalated: (date: string) => `Nobody picked it up in time: sent to every lead and admin ${date}`,
  },
  statuses: { open: 'Open', acknowledged: 'Being dealt with', closed: 'Closed' },
  caseTitle: 'Safeguarding alert',
  caseLead: 'Opening this page is recorded in the audit log.',
  back: 'All safeguarding alerts',
  who: {
    title: 'Who may be at risk',
    account: 'Has a Cairn account',
    noAccount: 'No Cairn account',
    email: 'Email',
    mobile: 'Mobile',
    contact: 'Contact they gave',
    noContact: 'Cairn holds no way to reach them. Ask the person who recorded the story.',
    collectorTitle: 'Who recorded the story',
    wroteItThemselves: 'They wrote it themselves.',
  },
  story: {
    title: 'The story',
    titleLabel: 'Title',
    untitled: 'Untitled',
    organisation: 'Organisation',
    recorded: 'Started',
    shared: 'Shared',
    held: 'Not shared with anyone while this is looked at',
    released: 'Its storyteller has confirmed it since',
    read: 'Read the whole story and mark what must stay private',
  },
  evidence: {
    title: 'What the story says',
    raisedBy: (name: string) => `Raised by ${name}`,
  },
  log: {
    title: 'What has been done',
    none: 'Nothing recorded yet.',
    by: (name: string, date: string) => `${name}, ${date}`,
    recordedLater: (date: string) => `written down ${date}`,
  },
  actions: {
    tried_to_contact: 'Tried to contact them',
    spoke_with_them: 'Spoke with them',
    referred_crisis_team: 'Referred to the crisis team',
    referred_gp: 'Referred to their GP',
    called_emergency_services: 'Called emergency services (999)',
    told_collector: 'Talked with the person who recorded the story',
    no_further_action: 'No further action needed',
    note: 'Note',
  } satisfies Record<CaseAction, string>,
  record: {
    title: 'Record what you did',
    action: 'What did you do?',
    when: 'When (if not just now)',
    whenHint: 'Leave empty if it was just now.',
    note: 'What happened',
    noteHint: 'Who you spoke to, what was agreed, what happens next. Your successors will read this.',
    enterNote: 'Write what happened, in a sentence or two',
    chooseAction: 'Choose what you did',
    save: 'Save to the case log',
    saving: 'Saving…',
    saved: 'Saved to the case log.',
  },
  close: {
    title: 'Close the alert',
    lead: 'Close it when the person is safe or you have done all you can. The story is still not shared: it waits until its storyteller reads it and confirms it again.',
    toldByMail:
      'When you close it, the storyteller can get a kind message saying someone checked on them and that sharing is still their choice.',
    tell: 'Send the storyteller this message when I close the alert',
    tellHint:
      'Leave this unticked if a message could put them at risk, for example if someone else reads their email.',
    noAccount:
      'The storyteller has no Cairn account, so Cairn will not message them. Tell them yourself, or ask the person who recorded the story.',
    note: 'Why you are closing it',
    enterNote: 'Say why you are closing the alert',
    acknowledge: 'I am dealing with this',
    close: 'Close the alert',
    closed: 'The alert is closed. The story is still not shared.',
    acknowledged: 'Marked as being dealt with. It will not be sent to others.',
  },
  original: {
    title: 'The original story',
    lead: 'Reading this is recorded in the audit log.',
    withholdTitle: 'Keep parts out of every shared version',
    withholdHint:
      'Tick any sentence that must never be shared, such as a method, a place or the name of someone who harms them. The storyteller will see “[…]” there and must approve the story again.',
    save: 'Save what stays private',
    saving: 'Saving…',
    saved: (count: number) =>
      count === 0
        ? 'Saved. Nothing is kept out.'
        : `Saved. ${count} ${count === 1 ? 'part is' : 'parts are'} kept out of every shared version.`,
    backToCase: 'Back to the case',
  },
  coverage: {
    warning: (names: string) =>
      `Nobody at ${names} would hear if a story showed someone at risk. Until a safeguarding lead is appointed, alerts go straight to the partnership’s admins.`,
  },
  home: {
    cardTitle: 'Safeguarding alerts',
    cardBody: 'Stories that suggest someone may be at risk now.',
  },
};
