import { existsSync } from 'node:fs';
import { dispatch, DeskError, type DeskInput, type DeskMethod, type DeskOutput } from '../../core/api';
import { DeskService, type DeskServiceOptions } from '../services/deskService';
import { UsageError } from './usage';

type Call = <M extends DeskMethod>(method: M, input: DeskInput<M>) => Promise<DeskOutput<M>>;

/**
 * Opens the workspace, runs the body with a caller that goes through the same dispatch (and so the
 * same validation) as the app, and always closes the file.
 */
export async function withService<T>(dbPath: string, body: (call: Call) => Promise<T>, opts: { mustExist?: boolean; serviceOptions?: DeskServiceOptions } = {}): Promise<T> {
  if (opts.mustExist && !existsSync(dbPath)) throw new UsageError(`no workspace at ${dbPath}`);
  const service = new DeskService(dbPath, opts.serviceOptions);
  try {
    const call: Call = async (method, input) => {
      const result = await dispatch(service, method, input);
      if (!result.ok) throw new DeskError(result.error.code, result.error.message);
      return result.value as DeskOutput<typeof method>;
    };
    return await body(call);
  } finally {
    // dispose, not close: a print may have started a browser that must end with the command.
    await service.dispose();
  }
}
