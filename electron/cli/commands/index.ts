import type { Command } from '../command';
import { deadlineCommand } from './deadline';
import { exportBundleCommand } from './exportBundle';
import { importCommand } from './importBundle';

/** Every `desk` command, in the order --help lists them. */
export const COMMANDS: Command[] = [deadlineCommand, importCommand, exportBundleCommand];
