import "server-only";
// Channels: Instant Order Links, Dynamic Brand Links, Customer Order Links and the Buyer App's
// Standard Orders (all four always listed), and each link's orders and value.
//
// A deleted link's orders keep their channel (the link's type at order time) but lose the link
// (Order.sourceLinkId is cleared), so the rollups hold them under linkId '': they show as one row
// per channel, `deleted`, with no name. Orders through a link whose type was never recorded (before
// the reports existed, the link since deleted) have no channel and are left out of both lists.
import { readPrisma } from "@/lib/db/replica";
import { Prisma } from "@/lib/db/generated/client";
import type { ReportChannel, ReportFilters } from "./filters";
import { REPORT_CHANNELS } from "./filters";
import { measures, pageBounds, STANDING_STATUSES } from "./report-query";
import { salesSource } from "./sources";
import type { ChannelReport, ChannelRow, LinkRow, Measures, Paging } from "./types";

const LINK_CHANNELS: ReportChannel[] = ["INSTANT", "DYNAMIC_BRAND", "CUSTOMER"];

type LinkQueryRow = { total: number; linkId: string | null; channel: ReportChannel; name: string | null; orders: number; units: number; value: number };

/** Orders per channel, and per link (paged, by value). */
export async function getChannelReport(brandId: string, filters: ReportFilters, paging: Paging): Promise<ChannelReport> {
  const db = await readPrisma();
  const source = salesSource(brandId, filters);
  const { limit, offset } = pageBounds(paging);
  const [channelRows, linkRows] = await Promise.all([
    db.$queryRaw<({ channel: string } & Measures)[]>`
      SELECT f.channel, sum(f.orders)::int AS orders, sum(f.units)::int AS units, sum(f.value)::float8 AS value
      FROM ${source.from} GROUP BY f.channel`,
    db.$queryRaw<LinkQueryRow[]>`
      WITH g AS (
        SELECT f."linkId", f.channel, sum(f.orders) AS orders, sum(f.units) AS units, sum(f.value) AS value
        FROM ${source.from} WHERE f.channel IN (${Prisma.join(LINK_CHANNELS)})
        GROUP BY f."linkId", f.channel
      ),
      t AS (SELECT count(*) AS total FROM g),
      page AS (SELECT g.* FROM g ORDER BY g.value DESC, g."linkId", g.channel LIMIT ${limit} OFFSET ${offset})
      SELECT t.total::int AS total, page."linkId", page.channel, l.name,
             page.orders::int AS orders, page.units::int AS units, page.value::float8 AS value
      FROM t
      LEFT JOIN page ON true
      LEFT JOIN "OrderLink" l ON l.id = page."linkId" AND l."brandId" = ${brandId}
      ORDER BY page.value DESC, page."linkId", page.channel`,
  ]);
  const channels: ChannelRow[] = REPORT_CHANNELS.map((channel) => {
    const row = channelRows.find((r) => r.channel === channel);
    return { channel, ...measures(row ?? { orders: 0, units: 0, value: 0 }) };
  });
  const links: LinkRow[] = linkRows
    .filter((r) => r.linkId !== null)
    .map((r) => ({ linkId: r.linkId!, name: r.name ?? "", type: r.channel, deleted: r.name === null, ...measures(r) }));
  return { channels, links, linkTotal: linkRows[0]?.total ?? 0 };
}

/** A link's own orders and value, per currency (its page), cancelled orders left out. */
export async function getLinkFigures(brandId: string, linkId: string): Promise<({ currency: string } & Measures)[]> {
  const db = await readPrisma();
  if (!linkId) return [];
  // ReportSalesDaily's (brandId, linkId) index: every currency of the link at once.
  return db.$queryRaw<({ currency: string } & Measures)[]>`
    SELECT currency, sum(orders)::int AS orders, sum(units)::int AS units, sum(value)::float8 AS value
    FROM "ReportSalesDaily"
    WHERE "brandId" = ${brandId} AND "linkId" = ${linkId} AND status IN (${Prisma.join(STANDING_STATUSES)})
    GROUP BY currency
    ORDER BY sum(value) DESC, currency`;
}
