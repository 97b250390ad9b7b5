/** The IPC channels between the preload and the main process (see ./ipc.ts and ./preload.ts). */
/** Every desk call: (method, input) in, a DispatchResult out. */
export const DESK_CHANNEL = 'desk';
/** Progress of long calls, main to window: one CallProgress per event. */
export const DESK_PROGRESS_CHANNEL = 'desk:progress';
