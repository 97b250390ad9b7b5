import { DEFAULT_ORGANISATION, OrganisationSchema, type Organisation } from '../../core/model';
import type { Holiday } from '../../core/api/contract';
import type { Db } from './workspaceDb';

/** The workspace's own settings: the organisation and the one-off bank holidays it has added. */
export class SettingsRepository {
  constructor(private readonly db: Db) {}

  organisation(): Organisation {
    const row = this.db.prepare("SELECT value FROM settings WHERE key = 'organisation'").get() as { value: string } | undefined;
    if (!row) return DEFAULT_ORGANISATION;
    const parsed = OrganisationSchema.safeParse(JSON.parse(row.value));
    return parsed.success ? parsed.data : DEFAULT_ORGANISATION;
  }

  /** False until the organisation is first saved: a new workspace still on the defaults. */
  hasOrganisation(): boolean {
    return this.db.prepare("SELECT 1 FROM settings WHERE key = 'organisation'").get() !== undefined;
  }

  saveOrganisation(org: Organisation): void {
    this.db.prepare("INSERT INTO settings (key, value) VALUES ('organisation', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(JSON.stringify(org));
  }

  holidays(): Holiday[] {
    return this.db.prepare('SELECT date, name FROM holidays ORDER BY date').all() as Holiday[];
  }

  addHoliday(h: Holiday): void {
    this.db.prepare('INSERT INTO holidays (date, name) VALUES (?, ?) ON CONFLICT(date) DO UPDATE SET name = excluded.name').run(h.date, h.name);
  }

  removeHoliday(date: string): void {
    this.db.prepare('DELETE FROM holidays WHERE date = ?').run(date);
  }
}
