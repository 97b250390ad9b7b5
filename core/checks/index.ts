// Response checks: is a response complete, lawful (FOIA s17 and its twins), on time and safe to publish?
export * from './finding';
export type { CheckContext } from './context';
export { checkCase } from './checkCase';
export { checkMonth } from './checkMonth';
export { applyOverrides, blockingFindings } from './applyOverrides';
export { RULES, RULE_IDS } from './rules';
export type { Rule } from './rule';
export { benchChecks } from './bench';
export { PUBLICATION_RULE_IDS, publicationBlockers } from './publicationGate';
export { redactDoc, redactQuestions } from './redact';
