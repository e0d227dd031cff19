import { AppError, contract, isMethodName, type Result } from '../contract/index.ts';
import { isStorageFailure, toAppError } from './db/failures.ts';
import type { Handlers } from './handlers.ts';
import { xmlSafeDeep } from '../shared/xml-text.ts';

export type Logger = (message: string, err: unknown) => void;

const defaultLogger: Logger = (message, err) => console.error(message, err);

/**
 * The one gate every door goes through: the method must be listed, the input must parse with its schema,
 * and whatever the service throws comes back as an error value with a Vietnamese message.
 */
export async function dispatch(handlers: Handlers, name: string, rawInput: unknown, log: Logger = defaultLogger): Promise<Result<unknown>> {
  if (!isMethodName(name)) return { ok: false, error: new AppError('UNKNOWN_METHOD', `Chức năng "${name}" không tồn tại.`).toApiError() };
  const parsed = contract[name].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    return { ok: false, error: new AppError('INVALID_INPUT', undefined, issues).toApiError() };
  }
  try {
    const handler = handlers[name] as (input: unknown) => unknown;
    // Text XML cannot hold (U+FFFE, controls, broken surrogates) stops here: it would make every export unreadable.
    return { ok: true, value: await handler(xmlSafeDeep(parsed.data)) };
  } catch (err) {
    if (err instanceof AppError) return { ok: false, error: err.toApiError() };
    // A full disk, a lock held by another program, a read-only folder: named, not "unexpected".
    if (isStorageFailure(err)) return { ok: false, error: toAppError(err, 'xử lý yêu cầu').toApiError() };
    log(`Lỗi khi xử lý ${name}`, err);
    return {
      ok: false,
      error: { code: 'INTERNAL', message: 'Đã xảy ra lỗi không mong muốn. Dữ liệu chưa bị thay đổi; chi tiết đã được ghi lại.' },
    };
  }
}
