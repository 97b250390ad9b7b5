/** A mistake in how the command was typed: exit 2 with one line on stderr, never a stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
}
