// Days and times of the demo history in a brand's time zone. Orders are laid out on business days
// (Monday to Friday) counted back from the seed's `now`: the same random draws then give the same
// orders in the same order whatever weekday the demo is seeded on; only their dates move.

export type LocalDay = { year: number; month: number; day: number };

const DAY = 24 * 60 * 60 * 1000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string) {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric" });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall clock of `instant` in the zone, read as if it were UTC (its offset is the difference). */
function wallClock(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(new Date(instant)).map((p) => [p.type, Number(p.value)]));
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
}

export function localDay(instant: Date, timeZone: string): LocalDay {
  const wall = new Date(wallClock(instant.getTime(), timeZone));
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() };
}

/** The instant that reads `minutes` after midnight of `day` on the zone's clocks (DST-safe). */
export function zonedTime(day: LocalDay, minutes: number, timeZone: string): Date {
  const asUtc = Date.UTC(day.year, day.month - 1, day.day, 0, minutes);
  const first = asUtc - (wallClock(asUtc, timeZone) - asUtc);
  // Near a DST change the offset at the result can differ from the one at the guess.
  return new Date(asUtc - (wallClock(first, timeZone) - first));
}

/** The `count` business days before `today` (not counting it), most recent first: index k - 1 is k business days back. */
export function businessDaysBefore(today: LocalDay, count: number): LocalDay[] {
  const days: LocalDay[] = [];
  let t = Date.UTC(today.year, today.month - 1, today.day);
  while (days.length < count) {
    t -= DAY;
    const weekday = new Date(t).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    const d = new Date(t);
    days.push({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
  }
  return days;
}

/**
 * The largest k such that k business days back is surely less than `calendarDays` days back,
 * whatever today's weekday: k business days span at most 7k/5 + 2 calendar days.
 */
export function businessDaysWithin(calendarDays: number): number {
  return Math.floor(((calendarDays - 3) * 5) / 7);
}

/** The smallest k such that k business days back is surely more than `calendarDays` days back (at least 7k/5 - 8/5 calendar days). */
export function businessDaysBeyond(calendarDays: number): number {
  return Math.ceil(((calendarDays + 2) * 5) / 7);
}
