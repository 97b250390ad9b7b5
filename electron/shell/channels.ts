/** The IPC channels between the preload and the main process (see ./ipc.ts and ./preload.ts). */
/** Every desk call: (method, input) in, a DispatchResult out. */
export const DESK_CHANNEL = 'desk';
/** Progress of long calls, main to window: one CallProgress per event. */
export const DESK_PROGRESS_CHANNEL = 'desk:progress';
/** File › Connect to team workspace…: the CA file's open dialog, window to main (./teamConnect.ts). */
export const TEAM_CHOOSE_CA_CHANNEL = 'team:choose-ca-file';
/** File › Connect to team workspace…: the connection details, window to main; a TeamConnectResult back. */
export const TEAM_CONNECT_CHANNEL = 'team:connect';
