/** The preview's clock: noon UTC of the chosen day, so a date always means the same instant. */
export function todayDate(): string {
  return new Date().toISOString().slice(0, 10);
}

export function instantOfDate(date: string): number {
  const ms = Date.parse(`${date}T12:00:00Z`);
  return Number.isNaN(ms) ? Date.parse(`${todayDate()}T12:00:00Z`) : ms;
}

const dayMs = 86_400_000;

/** "3 d ago", "5 h ago", "in 2 d" for an ISO instant seen from `now`. */
export function describeAge(iso: string | undefined, now: number): string {
  if (iso === undefined) return '—';
  const ms = now - Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const abs = Math.abs(ms);
  const amount = abs >= dayMs ? `${Math.floor(abs / dayMs)} d` : `${Math.floor(abs / 3_600_000)} h`;
  return ms >= 0 ? `${amount} ago` : `in ${amount}`;
}
