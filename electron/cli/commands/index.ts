import type { Command } from '../command';
import { checkCommand } from './check';
import { deadlineCommand } from './deadline';
import { clausesListCommand, clausesShowCommand } from './clauses';
import { exportBundleCommand } from './exportBundle';
import { exportLetterCommand } from './exportLetter';
import { exportLogCommand } from './exportLog';
import { importCommand } from './importBundle';
import { splitCommand } from './split';

/** Every `desk` command, in the order --help lists them. */
export const COMMANDS: Command[] = [deadlineCommand, importCommand, exportBundleCommand, exportLogCommand, exportLetterCommand, splitCommand, clausesListCommand, clausesShowCommand, checkCommand];
