/**
 * Text from a request file, a bundle or a case reference is shown on the officer's terminal. Raw
 * control characters there are instructions to the terminal, not text: an escape sequence can
 * recolour, hide or rewrite earlier lines, set the window title or (on some terminals) answer back
 * as typed input; bidirectional overrides reorder what is shown. Each is written as its \uXXXX
 * escape instead: visible to a person, and inside JSON output the same character after parsing.
 * Line breaks and tabs stay: the output is made of them.
 */
// C0 controls but tab and line feed, DEL, C1 controls, and the bidi embeddings, overrides and isolates.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
