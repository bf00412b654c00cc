// The filters every report takes, read from the page's address (and the export's): one schema, so
// a report, its chart, its table and its CSV/XLSX always answer the same question.
import { z } from "zod";
import { isCalendarDay } from "@/lib/checkout/calendar-day";
import { msg } from "@/lib/i18n/message-text";

/** Report status of an order (SQL report_status_bucket): cancelled and rejected orders are CANCELLED. */
export const REPORT_STATUSES = ["PLACED", "CONFIRMED", "RELEASED", "CANCELLED"] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
/** What a report counts unless told otherwise: every order that still stands. */
export const DEFAULT_REPORT_STATUSES: ReportStatus[] = ["PLACED", "CONFIRMED", "RELEASED"];

/** Where an order came from (SQL report_channel): the link's type, or the Buyer App. */
export const REPORT_CHANNELS = ["INSTANT", "DYNAMIC_BRAND", "CUSTOMER", "STANDARD_ORDER"] as const;
export type ReportChannel = (typeof REPORT_CHANNELS)[number];

export const REPORT_GRAINS = ["day", "week", "month"] as const;
export type ReportGrain = (typeof REPORT_GRAINS)[number];

export const REPORT_COMPARISONS = ["none", "previous-period", "previous-season"] as const;
export type ReportComparison = (typeof REPORT_COMPARISONS)[number];

export type ReportFilters = {
  /** One currency at a time: sums never mix currencies. */
  currency: string;
  /** First and last day (inclusive) in the brand's calendar; null = no bound. */
  from: string | null;
  to: string | null;
  catalogId: string | null;
  linkId: string | null;
  channel: ReportChannel | null;
  buyerId: string | null;
  country: string | null;
  tagId: string | null;
  statuses: ReportStatus[];
  grain: ReportGrain;
  compare: ReportComparison;
};

const id = z.string().trim().max(64).regex(/^[A-Za-z0-9_-]*$/, { message: msg("reports.filters.invalid") });
const optionalId = id.optional().transform((v) => v || null);
const day = z
  .string()
  .trim()
  .optional()
  .refine((v) => !v || isCalendarDay(v), { message: msg("reports.filters.invalidDate") })
  .transform((v) => v || null);

/** The address's filters; every field is optional, and an unknown value is a field error, never a crash. */
export const reportFiltersSchema = z
  .object({
    currency: z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/, { message: msg("reports.filters.invalid") }).optional(),
    from: day,
    to: day,
    catalog: optionalId,
    link: optionalId,
    channel: z.enum(REPORT_CHANNELS).optional(),
    buyer: optionalId,
    country: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, { message: msg("reports.filters.invalid") }).optional(),
    tag: optionalId,
    status: z.array(z.enum(REPORT_STATUSES)).optional(),
    grain: z.enum(REPORT_GRAINS).optional(),
    compare: z.enum(REPORT_COMPARISONS).optional(),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { message: msg("reports.filters.fromAfterTo"), path: ["to"] });

export type ReportFilterErrors = Partial<Record<string, string>>;

type QueryString = Record<string, string | string[] | undefined>;

/**
 * Reads the filters from the address. A field that does not parse is dropped (the report answers
 * without it) and its message comes back for the filter bar, so a bad link shows a report, not an error.
 */
export function readReportFilters(search: QueryString, defaults: { currency: string }): { filters: ReportFilters; errors: ReportFilterErrors } {
  const one = (key: string) => (Array.isArray(search[key]) ? search[key][0] : search[key]);
  const raw: Record<string, unknown> = {};
  for (const key of ["currency", "from", "to", "catalog", "link", "channel", "buyer", "country", "tag", "grain", "compare"]) {
    const value = one(key);
    if (value !== undefined && value !== "") raw[key] = value;
  }
  const statuses = search.status === undefined ? undefined : ([] as string[]).concat(search.status).flatMap((s) => s.split(",")).filter(Boolean);
  if (statuses?.length) raw.status = statuses;

  const errors: ReportFilterErrors = {};
  let parsed = reportFiltersSchema.safeParse(raw);
  // Drop each failing field and parse again: the rest of the filters still apply.
  for (let i = 0; !parsed.success && i < 12; i++) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? "_form");
      errors[key] ??= issue.message;
      delete raw[key];
    }
    parsed = reportFiltersSchema.safeParse(raw);
  }
  const v: Partial<z.output<typeof reportFiltersSchema>> = parsed.success ? parsed.data : {};
  return {
    filters: {
      currency: v.currency ?? defaults.currency,
      from: v.from ?? null,
      to: v.to ?? null,
      catalogId: v.catalog ?? null,
      linkId: v.link ?? null,
      channel: v.channel ?? null,
      buyerId: v.buyer ?? null,
      country: v.country ?? null,
      tagId: v.tag ?? null,
      statuses: v.status?.length ? [...new Set(v.status)] : DEFAULT_REPORT_STATUSES,
      grain: v.grain ?? "day",
      compare: v.compare ?? "none",
    },
    errors,
  };
}

/** The address of a report with these filters (only what differs from the defaults). */
export function reportFilterQuery(filters: ReportFilters): URLSearchParams {
  const q = new URLSearchParams();
  q.set("currency", filters.currency);
  if (filters.from) q.set("from", filters.from);
  if (filters.to) q.set("to", filters.to);
  if (filters.catalogId) q.set("catalog", filters.catalogId);
  if (filters.linkId) q.set("link", filters.linkId);
  if (filters.channel) q.set("channel", filters.channel);
  if (filters.buyerId) q.set("buyer", filters.buyerId);
  if (filters.country) q.set("country", filters.country);
  if (filters.tagId) q.set("tag", filters.tagId);
  const sameStatuses = filters.statuses.length === DEFAULT_REPORT_STATUSES.length && DEFAULT_REPORT_STATUSES.every((s) => filters.statuses.includes(s));
  if (!sameStatuses) q.set("status", filters.statuses.join(","));
  if (filters.grain !== "day") q.set("grain", filters.grain);
  if (filters.compare !== "none") q.set("compare", filters.compare);
  return q;
}
