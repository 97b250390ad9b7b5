// A real DeskService behind the renderer's own client, for component tests: the same createDeskClient
// and dispatch the app uses, a real SQLite file in a temp folder, and each call crossing as JSON as it
// would over IPC. So a component test sees the real validation and storage, never a hand-written fake.
import { CallRegistry, type CallProgress } from '../../core/api/calls';
import { createDeskClient, type DeskClient } from '../../core/api/client';
import { dispatch } from '../../core/api/dispatch';
import { DeskService } from '../../electron/services/deskService';
import { tempWorkspacePath } from '../../electron/services/testing/testWorkspace';

export interface RealDesk {
  desk: DeskClient;
  service: DeskService;
  close(): void;
}

const overJson = <T>(value: T): T => (value === undefined ? value : JSON.parse(JSON.stringify(value)));

export function realDesk(today = '2024-06-03'): RealDesk {
  const workspace = tempWorkspacePath();
  const service = new DeskService(workspace.path, { today: () => today });
  // Long calls as in the app: a registry so cancelCall reaches them, progress sent to listeners.
  const calls = new CallRegistry();
  const listeners = new Set<(progress: CallProgress) => void>();
  const onProgress = (progress: CallProgress) => listeners.forEach((listener) => listener(overJson(progress)));
  const desk = createDeskClient({
    invoke: async (method, input) => overJson(await dispatch(service, method, overJson(input), { calls, onProgress })),
    onProgress: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  });
  return {
    desk,
    service,
    close() {
      service.close();
      workspace.cleanup();
    },
  };
}
