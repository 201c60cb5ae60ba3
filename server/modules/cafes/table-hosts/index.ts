// Table hosts: a link per table (no account) to type up the table's paper notes, count its sticker
// dots and hide what breaks the etiquette, for that one table while the café is open.
export { registerTableHostRoutes } from './table-hosts.routes.js';
export { tableHostLinks } from './host-links.js';
