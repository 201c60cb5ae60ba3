// The consent behind each quote comes from the stories module, which owns the consent ledger.
export { findConsentBases, type ConsentBasis } from '../stories/index.js';
