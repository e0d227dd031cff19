import { AppError } from '../../contract/errors.ts';
import type { CoreContext } from '../context.ts';

/**
 * A refusal on one cell: the same shape the contract gate gives a value its schema refuses ({ path, message }),
 * so a form or grid puts the Vietnamese message beside the field whichever side refused it.
 */
export function cellError(path: string, message: string): AppError {
  return new AppError('INVALID_INPUT', message, [{ path, message }]);
}

export function notFound(what: string): AppError {
  return new AppError('NOT_FOUND', `Không tìm thấy ${what} (có thể đã bị xóa).`);
}

export function changed(ctx: CoreContext): void {
  ctx.events.emit('data.changed', { area: 'bcd' });
}

/** The first and last day of a year, for filters on ISO dates. */
export function yearSpan(year: number): { from: string; to: string } {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}
