import { Fragment } from 'react';

/**
 * Filled clause wording with its gaps highlighted. The node stores text, not segments, so a gap is
 * recognised as a bracketed label of a variable still missing: "[reason]", "[factors for]".
 */
export function FilledText({ text, missing }: { text: string; missing: readonly string[] }) {
  const labels = new Set(missing.map((name) => `[${name.replace(/^(org|case)\./, '').replace(/_/g, ' ')}]`));
  const gap = (part: string) => labels.has(part) || (missing.some((m) => m.includes('.')) && /^\[[a-z][a-z ]*\]$/.test(part));
  return (
    <>
      {text
        .split(/\n{2,}/)
        .filter((p) => p.trim() !== '')
        .map((paragraph, i) => (
          <p key={i}>
            {paragraph.split(/(\[[^\]\n]{1,60}\])/).map((part, j) =>
              gap(part) ? (
                <mark key={j} className="clause-gap">{part}</mark>
              ) : (
                <Fragment key={j}>
                  {part.split('\n').map((line, k) => (
                    <Fragment key={k}>
                      {k > 0 && <br />}
                      {line}
                    </Fragment>
                  ))}
                </Fragment>
              ),
            )}
          </p>
        ))}
    </>
  );
}
