import { existsSync } from 'node:fs';
import { isTeamConnectionString } from '../../core/team/teamConnection';
import { ChromiumPdfPrinter } from '../services/pdf/chromiumPdfPrinter';

/**
 * A PDF export's printer, its Chromium asked to start now: it starts in its own process while this
 * one loads the workspace's code, opens the workspace and runs the checks, rather than after them
 * (issue 13). Null for another format, or when there is no workspace to export from (the command's
 * own error says so, and no browser is started for nothing). The caller disposes of it.
 */
export function earlyPrinter(format: string, db: string, chromium: string | undefined): ChromiumPdfPrinter | null {
  if (format !== 'pdf' || !(isTeamConnectionString(db) || existsSync(db))) return null;
  const printer = new ChromiumPdfPrinter(chromium ? { executablePath: chromium } : {});
  void printer.warm();
  return printer;
}
