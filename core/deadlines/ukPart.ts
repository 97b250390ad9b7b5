/**
 * The parts of the UK with their own bank holidays. England and Wales share one list today, but they are
 * kept apart because date-holidays models them separately and a future divergence should not go unnoticed.
 */
export type UkPart = 'england' | 'wales' | 'scotland' | 'northern-ireland';

export const UK_PARTS: readonly UkPart[] = ['england', 'wales', 'scotland', 'northern-ireland'];

export const UK_PART_NAMES: Readonly<Record<UkPart, string>> = {
  england: 'England',
  wales: 'Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
};

/** date-holidays' subdivision codes under 'GB'. */
export const DATE_HOLIDAYS_STATE: Readonly<Record<UkPart, string>> = {
  england: 'ENG',
  wales: 'WLS',
  scotland: 'SCT',
  'northern-ireland': 'NIR',
};
