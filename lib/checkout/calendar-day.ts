// Calendar days ("YYYY-MM-DD") for the requested delivery: today is the brand's today (its time
// zone), whatever the buyer's clock says. Server and browser alike (the checkout form imports it).
import { dateTimeFormat } from "@/lib/format/date-time-format";

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Today in the time zone as "YYYY-MM-DD" (UTC when the zone is unknown). */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  let format: Intl.DateTimeFormat;
  try {
    format = dateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
  } catch {
    format = dateTimeFormat("en-CA", { timeZone: "UTC", year: "numeric", month: "2-digit", day: "2-digit" });
  }
  const parts = Object.fromEntries(format.formatToParts(now).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** Whether the text is a real calendar day (2026-02-30 is not). */
export function isCalendarDay(text: string): boolean {
  const m = DAY.exec(text);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.getUTCFullYear() === Number(m[1]) && date.getUTCMonth() === Number(m[2]) - 1 && date.getUTCDate() === Number(m[3]) && Number(m[1]) >= 2000;
}

/** The day as a Date at midnight UTC (how @db.Date columns are read and written). */
export function calendarDate(text: string): Date {
  return new Date(`${text}T00:00:00.000Z`);
}
