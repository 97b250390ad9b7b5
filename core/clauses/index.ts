// The clause library: parse, validate, fill and search clause templates. Pure: callers read files.
export * from './clauseSchema';
export { parseClauseFile, type ParsedClauseFile } from './parseClauseFile';
export { loadClauseLibrary, type ClauseLibrary, type ClauseSourceFile } from './loadClauseLibrary';
export { caseDetailsOf, fillContextFor, type OrganisationDetails, type CaseDetails } from './fillContextFor';
export { fillClause, formatDate, splitParagraphs, PARAGRAPH_BREAK, type FillContext, type FillValue, type FilledClause, type FilledSegment } from './fillClause';
export { buildClauseIndex, type ClauseIndex } from './clauseIndex';
export { searchClauses, type ClauseMatch, type ClauseSearchHit } from './searchClauses';
export { citedSection, citeSection, formatSection, parseSectionQuery, sectionParts, familyOfRegime, type ProvisionFamily, type SectionQuery } from './sectionReference';
export { parsePoliceForces, policeForceSchema, policeForceListSchema, websiteOfForce, type PoliceForce } from './policeForces';
export { citedInDoc, mergeCitedSections, normaliseCitation, withCitedSections, type CitedMerge } from './citedInDoc';
export { redirectReceiver, redirectsInDoc, withRedirect, type RedirectInDoc } from './redirectInDoc';
