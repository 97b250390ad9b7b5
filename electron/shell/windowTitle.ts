import type { BrowserWindow } from 'electron';

/**
 * The window's title bar says which team workspace is open ("jo_bloggs @ db.example.gov.uk /
 * disclosure_desk — Disclosure Desk"), so an officer connected to two teams' servers in turn always
 * knows whose cases they are looking at. A workspace file keeps the plain name, as before.
 */
export const APP_TITLE = 'Disclosure Desk';

export function windowTitle(teamDescription: string | null): string {
  return teamDescription ? `${teamDescription} — ${APP_TITLE}` : APP_TITLE;
}

/**
 * Holds the window's title to `title()`: the page's own <title> ("Disclosure Desk") would otherwise
 * replace it at every load, the reload onto a newly connected workspace among them.
 */
export function keepWindowTitle(window: Pick<BrowserWindow, 'on' | 'setTitle'>, title: () => string): void {
  window.on('page-title-updated', (event: { preventDefault(): void }) => {
    event.preventDefault();
    window.setTitle(title());
  });
  window.setTitle(title());
}
