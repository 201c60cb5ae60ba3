// What the rest of the stories module may use of safeguarding: raising alerts, the facts that
// decide access, and the cuts a lead's withheld sentences make in every shared version. (The
// module's index wires the routes and the escalation job directly.)
export { mayWorkAlert, type AlertFacts } from './alert-access.js';
export { evidenceBySentence, raiseAlert } from './raise-alert.js';
export { countUnclosedAlertsOfStory, findAlertsOfStory } from './safeguarding.repository.js';
export { decisionsToKeep, withWithheldCuts } from './withheld.js';
