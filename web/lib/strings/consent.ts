import type { ConsentTier } from '../../../contracts/stories.js';

/** Words for confirming a story without an account, the printed consent record and the consent wording. */
export const consentStrings = {
  confirm: {
    title: 'Your story',
    lead: (collector: string, organisation: string) =>
      `${collector} from ${organisation} wrote down your story with you. Please read it and tell us whether it can be shared as you agreed. Nothing is shared until you say yes.`,
    storyTitle: 'What you said',
    untitled: 'Your story',
    removedNote: 'Names and anything else that could say who you are have been taken out.',
    whoTitle: 'Who can see it',
    tiers: {
      private: 'Only you and the person who recorded it',
      analysis: 'Our peer researchers, to learn what helps recovery. Never with your name.',
      partners: 'The partner organisations named below',
      public: 'Anyone, on our public website',
    } satisfies Record<ConsentTier, string>,
    partners: (names: string) => `Partner organisations: ${names}`,
    purpose: (purpose: string) => `What they may use it for: ${purpose}`,
    namedAs: {
      anonymous: 'Your name is not shown.',
      pseudonym: (name: string) => `Shown with the name you chose: ${name}`,
      first_name: 'Shown with your first name.',
    },
    until: (date: string) => `Until ${date}. After that it stops being shared.`,
    wordingTitle: 'What we told you about sharing',
    question: 'Can we share your story like this?',
    yes: 'Yes, share it as shown',
    no: 'No, do not share it',
    sending: 'Sending…',
    confirmed:
      'Thank you. Your story will be shared as you agreed. You can change your mind at any time: just tell the person who recorded it.',
    declined:
      'You said no, so your story has not been shared. Thank you for telling us. The person who recorded it may get in touch to ask what you would prefer.',
    expired: 'This link has run out. Ask the person who recorded your story for a new one.',
    replaced: 'A newer link has been sent for this story. Please use that one.',
    changed:
      'Your story has changed since this link was sent. Ask the person who recorded it for a new link.',
    expires: (date: string) => `This link works until ${date}.`,
    support:
      'If you are finding things hard right now, you can call Samaritans free on 116 123, day or night.',
  },
  record: {
    title: 'Consent record',
    back: 'Back to the story',
    print: 'Print this record',
    reference: 'Reference',
    referenceHint: (collector: string) =>
      `To say yes, call ${collector} and read out this reference. You can also keep this record and say no.`,
    storyteller: 'Storyteller',
    recordedBy: 'Recorded by',
    organisation: 'Organisation',
    agreed: 'What you agree to',
    wording: 'What we told you',
    text: 'Your story as it would be shared',
    signature: 'Signature (optional)',
    date: 'Date',
    validUntil: (date: string) => `Valid until ${date}.`,
  },
  wording: {
    title: 'Consent wording',
    lead: 'The words a peer supporter reads out or shows before someone agrees to share their story. Each change is kept as a new version, so every consent record keeps the words it was given under.',
    current: (version: string) => `In use now (${version})`,
    builtIn: 'Cairn’s own wording is in use until you write yours.',
    label: 'New wording',
    hint: 'Plain words. Say who may read a story, that names are taken out, that people can change their mind, and what happens if someone may not be safe.',
    save: 'Save as a new version',
    saving: 'Saving…',
    saved: (version: string) => `Saved. Version ${version} is now in use.`,
    earlier: 'Earlier versions',
    link: 'Consent wording read out to storytellers',
  },
};
