export * from './clauseNode';
export * from './extensions';
export * from './toHtml';
