import { AppError } from '../../kernel/errors.js';

/** A 400 about one field, as the request validation would answer it. */
export function invalid(path: string, message: string): AppError {
  return new AppError('validation_failed', message, [{ path, message }]);
}
