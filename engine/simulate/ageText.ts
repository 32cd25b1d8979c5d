/**
 * Durations in words for the preview's reasons: "23 hours", "2 days", "30 days 12 hours".
 * Hours below two days, so that 23 hours never reads as "1.0 days".
 */
import { countOf } from '../text/countOf';

const hourMs = 3_600_000;
const dayMs = 24 * hourMs;

/**
 * A number that is the same for two durations exactly when their ageText is: reasons are
 * shared by it without writing the text of every image's age first.
 */
export function ageKey(ms: number): number {
  const value = Math.max(0, ms);
  // From two days on, a whole number of days reads as the hours that round down to it do.
  if (value < 2 * dayMs && value % dayMs === 0) return -1 - value / dayMs;
  if (value < hourMs) return 1e15 + Math.floor(value / 60_000);
  return Math.floor(value / hourMs);
}

export function ageText(ms: number): string {
  const value = Math.max(0, ms);
  if (value % dayMs === 0) return countOf(value / dayMs, 'day');
  if (value < hourMs) return countOf(Math.floor(value / 60_000), 'minute');
  if (value < 2 * dayMs) return countOf(Math.floor(value / hourMs), 'hour');
  const days = Math.floor(value / dayMs);
  const hours = Math.floor((value - days * dayMs) / hourMs);
  return hours === 0 ? countOf(days, 'day') : `${countOf(days, 'day')} ${countOf(hours, 'hour')}`;
}
