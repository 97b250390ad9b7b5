export * from './questionEdits';
export * from './answerGroups';
export * from './outcome';
export * from './answerLinks';
