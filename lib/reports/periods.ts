// The filter bar's period presets, counted back from the brand's today (never the viewer's clock),
// and how a report's period buckets read. Plain functions: the server page and the browser alike.

export const PERIOD_PRESETS = ["last30", "last90", "last12Months", "all", "custom"] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

function shiftDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function shiftMonths(day: string, months: number): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  // The same day of the month, or the month's last day (31 March − 1 month = 28/29 February).
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), last));
  return target.toISOString().slice(0, 10);
}

/** The first and last day of a preset ending today (inclusive); all time is open on both sides. */
export function presetRange(preset: Exclude<PeriodPreset, "custom">, today: string): { from: string | null; to: string | null } {
  switch (preset) {
    case "last30":
      return { from: shiftDays(today, -29), to: today };
    case "last90":
      return { from: shiftDays(today, -89), to: today };
    case "last12Months":
      return { from: shiftDays(shiftMonths(today, -12), 1), to: today };
    case "all":
      return { from: null, to: null };
  }
}

/** Which preset a range is, or custom. */
export function presetOf(range: { from: string | null; to: string | null }, today: string): PeriodPreset {
  for (const preset of ["all", "last30", "last90", "last12Months"] as const) {
    const r = presetRange(preset, today);
    if (r.from === range.from && r.to === range.to) return preset;
  }
  return "custom";
}

const labelFormats = new Map<string, Intl.DateTimeFormat>();

function dayFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}:${JSON.stringify(options)}`;
  let format = labelFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" });
    labelFormats.set(key, format);
  }
  return format;
}

/** A calendar day in the reader's words: "Jun 3, 2026" / "2026年6月3日" (short: "Jun 3" / "6月3日"). */
export function formatDay(day: string, locale: string, short = false): string {
  const options: Intl.DateTimeFormatOptions = short ? { month: "short", day: "numeric" } : { year: "numeric", month: "short", day: "numeric" };
  return dayFormat(locale, options).format(new Date(`${day}T00:00:00.000Z`));
}

/** A month: "June 2026" / "2026年6月" (short: "Jun 2026" / "2026/06"). */
export function formatMonth(day: string, locale: string, short = false): string {
  return dayFormat(locale, short ? { year: "numeric", month: "short" } : { year: "numeric", month: "long" }).format(new Date(`${day}T00:00:00.000Z`));
}
