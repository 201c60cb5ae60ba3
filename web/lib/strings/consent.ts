/**
 * Words for the printed consent record and the consent wording. (The page where a storyteller confirms
 * their story is in the message catalogue: `consent.confirm.*`.)
 */
export const consentStrings = {
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
