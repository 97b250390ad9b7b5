/**
 * The names of the DeskApi methods, and nothing else: the sandboxed preload refuses any other name
 * without loading the contract (and zod) into its bundle. ./contract.ts checks at compile time,
 * and methodNames.test.ts at run time, that this list and the contract's keys are the same.
 * Imports nothing, so the preload stays a few kilobytes.
 */
export const DESK_METHOD_NAMES = [
  // The clause library (./clauseContract.ts).
  'listClauses',
  'getClause',
  'saveClause',
  'duplicateClause',
  'retireClause',
  'exportClausePack',
  'importClausePack',
  'libraryErrors',
  'fillClause',
  'listPoliceForces',
  // Earlier answers and search (../reuse/reuseContract.ts).
  'answeredBefore',
  'searchAll',
  'roundRobinFor',
  // Past published logs in (../logImport/logImportContract.ts).
  'previewLogImport',
  'importLog',
  // An answer's versions and the copy of what was sent (./historyContract.ts).
  'listAnswerVersions',
  'getAnswerVersion',
  'restoreAnswerVersion',
  'getSentRecord',
  'getSentCopy',
  'recordSentEdit',
  // The statistics (../stats/statsContract.ts).
  'statistics',
  'exportStatistics',
  // Working together (../team/teamContract.ts).
  'whoAmI',
  'assignCase',
  'listAssignments',
  'approveCase',
  'returnCase',
  'resolveReviewComment',
  // Who changed what in a case (../team/auditContract.ts).
  'caseAudit',
  // Live refresh (./changesContract.ts).
  'waitForChanges',
  // The workspace and its cases (./contract.ts).
  'getWorkspace',
  'saveOrganisation',
  'listCases',
  'getCase',
  'findCaseByRef',
  'createCase',
  'updateCase',
  'deleteCase',
  'restoreCase',
  'listBin',
  'purgeBin',
  'explainEmptyList',
  'getCaseDeadline',
  'saveAnswer',
  'deleteAnswer',
  'replaceAnswers',
  'resplitCase',
  'computeDeadline',
  'listHolidays',
  'addHoliday',
  'removeHoliday',
  'importBundle',
  'exportBundle',
  'checkCase',
  'recordOverrides',
  'checkMonth',
  'previewLog',
  'getLogOrder',
  'setLogOrder',
  'exportLog',
  'exportLetter',
  'splitRequest',
  'readRequestFile',
  'createCaseFromFile',
  'cancelCall',
] as const;

export type DeskMethodName = (typeof DESK_METHOD_NAMES)[number];

/** Calls that may take long: they take a `callId`, report progress under it and can be cancelled. */
export const LONG_CALL_METHODS = ['importBundle', 'exportBundle', 'exportLog', 'waitForChanges'] as const satisfies readonly DeskMethodName[];
export type LongCallMethod = (typeof LONG_CALL_METHODS)[number];

export function isDeskMethodName(name: unknown): name is DeskMethodName {
  return typeof name === 'string' && (DESK_METHOD_NAMES as readonly string[]).includes(name);
}
