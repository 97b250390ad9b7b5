export * from './contract';
export * from './dispatch';
export * from './client';
export * from './errors';
export * from './clauseContract';
export * from './methodNames';
export * from './calls';
export * from './answerContent';
