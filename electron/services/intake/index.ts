export { readRequestFile } from './readRequestFile';
export { questionsFromText } from './questionsFromText';
