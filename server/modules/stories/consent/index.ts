// What the rest of the stories module may use of consent: the consent in force, folded from the
// ledger, and the signed forms kept with it. These sit below the story loader, so nothing here may
// load a story. (The module's index and the demo seed use the consent use cases and routes directly.)
export { findConsentBases, type ConsentBasis } from './consent-bases.js';
export { deleteConsentFormsOfStory, findConsentFormsOfStory } from './consent.repository.js';
export { allows, foldConsent } from './fold.js';
