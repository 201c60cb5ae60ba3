import { AppError } from '../../kernel/errors.js';

/** A refusal that names the field to fix, like the edge's own validation problems (400). */
export function invalid(path: string, message: string): AppError {
  return new AppError('validation_failed', message, [{ path, message }]);
}
