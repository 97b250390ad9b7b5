// The monthly disclosure log and the response letter: what they contain, and their one HTML.
export * from './logModel';
export * from './letterModel';
export { monthName, MONTH_PATTERN } from './monthName';
export { compactNumber, coversLabel } from './questionNumbers';
export { requestPart, responseBlocks } from './responseBlocks';
export { assembleLogMonth, casesForLogMonth, entryAnchor, attachmentsNote, type AssembleLogMonthInput, type LogOverride } from './assembleLogMonth';
export { assembleLetter, type AssembleLetterInput } from './assembleLetter';
export { closingParagraphs, ICO_COMPLAINT_URL, SIC_APPEAL_URL } from './closingParagraphs';
export * from './letterDefaults';
export { sentenceCaseTitle } from './sentenceCase';
export { expandClauses, clauseParagraphs, hasClosingClause, withoutClosingClauses } from './expandClauses';
export { requesterRedactor, redactDoc, REDACTED } from './redactRequester';
export { answerHtml } from './answerHtml';
export { logHtml } from './logHtml';
export { letterHtml } from './letterHtml';
