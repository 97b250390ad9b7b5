import { todayInUk, type IsoDate } from '../../../core/model';

/**
 * The UK calendar day of an instant. An email sent at 23:30 UTC on 30 June arrives on 1 July in
 * London (BST), and the statutory clock counts from the UK day of receipt.
 */
export function ukDateOf(value: string | Date | undefined | null): IsoDate | null {
  if (value === undefined || value === null || value === '') return null;
  const instant = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(instant.getTime())) return null;
  return todayInUk(instant);
}
