// What the rest of the co-production module may use of seats: the routes, the use cases the demo
// seed runs, and the look-up the power-sharing summary counts from.
export { expressInterest } from './interest.js';
export { createSeat } from './seats.js';
export { registerSeatRoutes } from './seats.routes.js';
export { findSeatsOfOrganisations } from './seats.repository.js';
