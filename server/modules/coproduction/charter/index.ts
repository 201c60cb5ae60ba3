// What the rest of the co-production module may use of the Working Together charter: the routes
// and the use cases the demo seed runs.
export { registerCharterRoutes } from './charter.routes.js';
export { createCharterCommitment } from './commitments.js';
export { addSelfAssessment } from './self-assessments.js';
