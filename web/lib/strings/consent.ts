/**
 * Words for the consent wording page. (The page where a storyteller confirms their story and the
 * printed consent record are in the message catalogue: `consent.confirm.*`, `consent.record.*`.)
 */
export const consentStrings = {
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
