export { splitRequest, splitRequestToJson } from './split-request';
export type { SplitQuestion, SplitResult } from './types';
