/**
 * Thrown when a caller hands the deadline code something it cannot honestly compute with: a malformed date,
 * an extension the regime does not allow, and so on. It is a distinct class so the UI can show the message
 * to the officer as-is (the messages are written for them) while any other error stays a bug report.
 */
export class DeadlineInputError extends Error {
  override readonly name = 'DeadlineInputError';

  constructor(message: string) {
    super(message);
  }
}
