import { userInfo } from 'node:os';

/**
 * Who is at the desk, for the record of changes to a sent case: the name given (a setting, a test),
 * else the computer's user name, which on a council or police network is the officer's login.
 */
export function officerName(given?: string): string {
  if (given?.trim()) return given.trim();
  try {
    return userInfo().username || 'unknown user';
  } catch {
    // No entry for this user in the system's user list (some containers): still record the change.
    return 'unknown user';
  }
}
