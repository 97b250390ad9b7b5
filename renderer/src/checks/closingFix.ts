// "Add the closing paragraphs" is offered wherever the review-rights finding shows (the checks
// summary, under a question, the send gate), but the closing section lives in the Letter panel.
// Like opening Settings (./openSettings), the request travels as a window event naming the case.

const EVENT = 'desk:add-closing-paragraphs';

/** Asks the Letter panel of case `caseRef` to fill its closing section with the regime's defaults. */
export function addClosingParagraphs(caseRef: string): void {
  window.dispatchEvent(new CustomEvent<string>(EVENT, { detail: caseRef }));
}

/** The Letter panel listens while it is shown; returns the unsubscribe for an effect's cleanup. */
export function onAddClosingParagraphs(handler: (caseRef: string) => void): () => void {
  const listener = (e: Event) => handler((e as CustomEvent<string>).detail);
  window.addEventListener(EVENT, listener);
  return () => window.removeEventListener(EVENT, listener);
}
