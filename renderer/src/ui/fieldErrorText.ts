/*
 * The service names a refused field by its path in the request, as zod reports it
 * ("patch.clock.feeReceived: is outside the years this tool can count …"). That path is for the log
 * and the CLI; on screen the officer sees the field's own label instead, never `patch.sent`.
 */

// "patch.clock.feeReceived: …", "cases[0].received: …": a dotted path, then a colon and the reason.
const PATH_PREFIX = /^([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*|\[\d+\])+|\(top level\)): (.*)$/s;

/**
 * Each "path: reason" part of `message` with the path replaced by its label: `labels` is asked with the
 * full path first, then its last part ("sent", "feeReceived"). A path it does not know loses its prefix.
 */
export function fieldErrorText(message: string, labels: (path: string) => string | undefined): string {
  return message
    .split('; ')
    .map((part) => {
      const match = PATH_PREFIX.exec(part);
      if (!match) return part;
      const path = match[1]!;
      const reason = match[2]!;
      const label = labels(path) ?? labels(path.replace(/^.*[.\]]/, ''));
      if (!label) return capitalise(reason);
      // zod's date messages read as a predicate ("is not a real calendar date"): "Date sent is not …".
      return reason.startsWith('is ') ? `${label} ${reason}` : `${label}: ${reason}`;
    })
    .join('; ');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// The fields a save on the case screen, the New case form, the letter panel or Settings can be
// refused for, by the path the service names them with (with or without the call's own prefix).
const SAVE_LABELS: readonly (readonly [RegExp, string])[] = [
  [/^answer\.doc\b/, 'The answer’s text'],
  [/^answer\.redirectTo\b/, 'Redirected to'],
  [/^answer\.exemptions\b/, 'Sections relied on'],
  [/^answers?\b/, 'An answer'],
  [/\bletter\.salutation$/, 'Salutation'],
  [/\bletter\.opening$/, 'Opening'],
  [/\bletter\.closing\b/, 'Closing section'],
  [/\bletter\.signOff$/, 'Sign-off'],
  [/\brequester\.name$/, "Requester's name"],
  [/\brequester\.email$/, "Requester's email"],
  [/\brequester\.address$/, "Requester's address"],
  [/\bquestions\[\d+\]\.number$/, 'Question number'],
  [/\bquestions\[\d+\]\.(text|label)$/, 'Question text'],
  [/\bquestions\b/, 'Questions'],
  [/\bclock\.\w+$/, 'Clock'],
  [/(^|\.)ref$/, 'Reference'],
  [/(^|\.)title$/, 'Title'],
  [/(^|\.)received$/, 'Date received'],
  [/(^|\.)sent$/, 'Date sent'],
  [/(^|\.)requestText$/, 'Request text'],
  [/(^|\.)channel$/, 'How the request arrived'],
  [/(^|\.)summary$/, 'Summary'],
  [/(^|\.)name$/, "Organisation's name"],
  [/(^|\.)shortName$/, 'Short name'],
  [/(^|\.)contactEmail$/, 'Contact email'],
  [/(^|\.)reviewAddress$/, 'Review address'],
  [/(^|\.)address$/, 'Postal address'],
  [/(^|\.)website$/, 'Website'],
  [/(^|\.)costTier$/, 'Cost limit'],
];

/** A refused save in words for a banner or save line: the field named by its label, never `patch.…` or `answer.doc…`. */
export function saveErrorText(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const label = (path: string) => SAVE_LABELS.find(([pattern]) => pattern.test(path))?.[1];
  // A top-level field ("reviewAddress: …", from Settings) has no dot for fieldErrorText to know it by.
  const dotted = message
    .split('; ')
    .map((part) => (/^[a-z]\w*: /.test(part) && label(part.slice(0, part.indexOf(':'))) ? `input.${part}` : part))
    .join('; ');
  return fieldErrorText(dotted, label);
}
