export * from './clauseNode';
export * from './extensions';
export * from './toHtml';
export * from './clauseText';
export * from './plainText';
export * from './walkDoc';
