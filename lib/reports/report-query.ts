import "server-only";
// Small pieces every report query shares: paging bounds, calendar-day arithmetic on "YYYY-MM-DD",
// the statuses a query reads, and turning SQL rows into Measures.
import { Prisma } from "@/lib/db/generated/client";
import type { ReportFilters, ReportStatus } from "./filters";
import type { Measures, Paging } from "./types";

export const MAX_PAGE_SIZE = 200;

/** LIMIT and OFFSET of a page (page from 1; a size from 1 to MAX_PAGE_SIZE). */
export function pageBounds(paging: Paging): { limit: number; offset: number } {
  const size = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(Number(paging.pageSize) || 0)));
  const page = Math.max(1, Math.floor(Number(paging.page) || 1));
  return { limit: size, offset: (page - 1) * size };
}

const MS_PER_DAY = 86_400_000;
const toTime = (day: string) => Date.parse(`${day}T00:00:00Z`);

export function addDays(day: string, days: number): string {
  return new Date(toTime(day) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Days from `from` to `to` (0 when the same day). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toTime(to) - toTime(from)) / MS_PER_DAY);
}

/** Statuses not cancelled: what "ordered" means wherever a report does not take the filter's statuses. */
export const STANDING_STATUSES: ReportStatus[] = ["PLACED", "CONFIRMED", "RELEASED"];

/** The filters' statuses plus RELEASED: allocation reads released rows whatever statuses are counted. */
export function withReleased(filters: ReportFilters): ReportFilters {
  return filters.statuses.includes("RELEASED") ? filters : { ...filters, statuses: [...filters.statuses, "RELEASED"] };
}

/** `f.status IN (<the filters' statuses>)`, for FILTER clauses over a source read with more statuses. */
export function countedStatus(filters: ReportFilters): Prisma.Sql {
  return Prisma.sql`f.status IN (${Prisma.join(filters.statuses)})`;
}

export const ZERO: Measures = { orders: 0, units: 0, value: 0 };

export function measures(row: { orders: number | null; units: number | null; value: number | null }): Measures {
  return { orders: row.orders ?? 0, units: row.units ?? 0, value: row.value ?? 0 };
}

export function addMeasures(a: Measures, b: Measures): Measures {
  return { orders: a.orders + b.orders, units: a.units + b.units, value: a.value + b.value };
}

/** Ordered ÷ (ordered + stock on hand), null when both are 0. */
export function sellThrough(units: number, stockOnHand: number): number | null {
  const base = units + Math.max(0, stockOnHand);
  return base > 0 ? units / base : null;
}

/** Average order value in whole minor units. */
export function averageOrderValue(m: Measures): number {
  return m.orders > 0 ? Math.round(m.value / m.orders) : 0;
}
