/** The single IPC channel between the preload and the main process (see ./ipc.ts). */
export const DESK_CHANNEL = 'desk';
