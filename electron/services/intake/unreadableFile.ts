import { DeskError } from '../../../core/api/errors';

/** The officer sees this: it names the file, says what is wrong with it and what to do instead. */
export function unreadableFile(name: string, problem: string, remedy = 'Paste the text of the request instead.'): DeskError {
  return new DeskError('invalid-input', `${name} ${problem}. ${remedy}`);
}
