import { app, type WebContents } from 'electron';
import path from 'node:path';

/**
 * Exports (the log, a letter, a clause pack) reach the window as files it "downloads". Each one
 * asks where to save it, starting in Documents under the export's own name, so an officer always
 * chooses where a published document lands and never has to hunt for it.
 */
export function saveExportsWithDialog(contents: WebContents): void {
  contents.session.on('will-download', (_event, item) => {
    item.setSaveDialogOptions({
      title: 'Save export',
      defaultPath: path.join(app.getPath('documents'), item.getFilename()),
    });
  });
}
