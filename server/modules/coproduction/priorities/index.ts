// What the rest of the co-production module may use of "You said, we did": the routes, the use
// cases the demo seed runs, and a person's notifications for their personal data.
export { addCommitment, addCommitmentUpdate, updateCommitment } from './commitments.js';
export { createPriority } from './priorities.js';
export { registerPriorityRoutes } from './priorities.routes.js';
export { subscribe } from './subscriptions.js';
export { findNotificationsOfPerson } from './subscriptions.repository.js';
