import { z } from 'zod';
import { DeskError, describeZodError, type DeskErrorCode } from './errors';
import { deskContract, type DeskApiImpl, type DeskMethod } from './contract';

export type DispatchResult =
  | { ok: true; value: unknown }
  | { ok: false; error: { code: DeskErrorCode; message: string } };

function isDeskMethod(name: unknown): name is DeskMethod {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(deskContract, name);
}

/**
 * The single entry point every host uses. It never throws: errors come back as data, because
 * Electron's IPC and Playwright's bindings both mangle thrown errors. Unknown methods and invalid
 * input are refused before the service sees them.
 */
export async function dispatch(service: DeskApiImpl, method: unknown, input: unknown): Promise<DispatchResult> {
  if (!isDeskMethod(method)) {
    return { ok: false, error: { code: 'invalid-input', message: `Unknown request "${String(method)}".` } };
  }
  const spec = deskContract[method];
  const parsed = spec.input.safeParse(input ?? {});
  if (!parsed.success) {
    return { ok: false, error: { code: 'invalid-input', message: describeZodError(parsed.error) } };
  }
  try {
    const call = service[method] as (i: unknown) => unknown;
    const value = await call.call(service, parsed.data);
    return { ok: true, value: (spec.output as z.ZodType).parse(value) };
  } catch (err) {
    if (err instanceof DeskError) return { ok: false, error: { code: err.code, message: err.message } };
    if (err instanceof z.ZodError) return { ok: false, error: { code: 'invalid-input', message: describeZodError(err) } };
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, error: { code: 'internal', message: `Something went wrong: ${message}` } };
  }
}
