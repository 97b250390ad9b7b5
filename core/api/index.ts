export * from './contract';
export * from './dispatch';
export * from './client';
export * from './errors';
export * from './clauseContract';
