/** A 400 about one field, as the request validation would answer it. */
export { invalidField as invalid } from '../../kernel/errors.js';
