/** Dates as UN documents print them: "18 December 2025". */

export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** A printed date, as a pattern source to embed in others. */
export const DATE = `\\d{1,2} (?:${MONTHS.join('|')}) \\d{4}`;

/** "18 December 2025" -> "2025-12-18"; null for a date that does not exist (31 February). */
export function isoDate(printed: string): string | null {
  const m = /^(\d{1,2}) (\p{L}+) (\d{4})$/u.exec(printed.trim());
  if (!m) return null;
  const month = MONTHS.indexOf(m[2] as (typeof MONTHS)[number]) + 1;
  const day = Number(m[1]);
  const year = Number(m[3]);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month === 0 || date.getUTCDate() !== day || date.getUTCMonth() !== month - 1) return null;
  return `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
