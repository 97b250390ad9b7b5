/**
 * The request is kept as the requester wrote it: the splitter already ignores greetings, sign-offs
 * and quoted replies' framing. Only line endings are made uniform (Outlook stores CRLF) and the
 * trailing blank lines that mail programs pad bodies with are dropped.
 */
export function tidyText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').trimEnd();
}

/** A NUL never occurs in a letter: it means a binary file (a PDF, a picture) under a text name. */
export function looksBinary(text: string): boolean {
  return text.includes('\u0000');
}
