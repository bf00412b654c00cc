// CSV export of the filtered Order Management list, streamed in batches so a large brand's export
// never holds every order in memory. Headers, statuses, dates and amounts are in the viewer's
// language (dates in the brand's time zone); order numbers and currency codes stay as they are.
import { getBrandContext } from "@/lib/auth/context";
import { can } from "@/lib/auth/roles";
import { requestI18n } from "@/lib/i18n/request-locale";
import { formatterFor, translatorFor } from "@/lib/i18n/translator";
import { formatMoney } from "@/lib/money/format";
import { formatOrderNumber } from "@/lib/orders/order-number";
import { orderPacks, packSummary, type PackWords } from "@/lib/orders/pack-lines";
import { iterateOrders } from "@/lib/orders/queries";
import { calendarDate } from "@/lib/orders/requested-delivery";
import { parseOrderFilters } from "@/lib/orders/schemas";

function csvCell(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? "" : String(value);
  // Quote everything; neutralise spreadsheet formulas in user-entered text.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

const COLUMNS = [
  "number", "poNumber", "date", "buyer", "contactEmail", "source", "status", "releaseStatus", "tags", "currency", "total", "deliveryFrom", "deliveryTo", "buyerNote", "packs",
] as const;

export async function GET(request: Request) {
  const { locale, timeZone } = await requestI18n();
  const t = translatorFor(locale, timeZone);
  const ctx = await getBrandContext();
  if (!ctx || !can(ctx.role, "orders.manage")) return new Response(t("errors.notFound"), { status: 404 });
  const format = formatterFor(locale, timeZone);
  const packWords: PackWords = (key, values) => t(key, values);
  const search = Object.fromEntries(new URL(request.url).searchParams);
  const filters = parseOrderFilters(search);
  const header = COLUMNS.map((column) => t(`orders.export.${column}`));
  const encoder = new TextEncoder();
  const rows = iterateOrders(ctx.brand, filters);
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode("\uFEFF" + header.map(csvCell).join(",") + "\r\n"));
    },
    async pull(controller) {
      const next = await rows.next();
      if (next.done) return controller.close();
      const text = next.value
        .map((o) =>
          [
            formatOrderNumber(ctx.brand.orderPrefix, o.number),
            o.poNumber,
            format.dateTime(o.createdAt, { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" }),
            o.buyer.name,
            o.contactEmail,
            o.source === "STANDARD_ORDER" ? t("orders.list.standardOrder") : (o.sourceLinkName ?? ""),
            t(`status.order.${o.status}`),
            o.releaseStatus ? t(`status.release.${o.releaseStatus}`) : "",
            o.tags.map((tag) => tag.tag.name).join("; "),
            o.currency,
            formatMoney(o.total, o.currency, locale),
            // Calendar dates, each in its own column so a spreadsheet can sort by them.
            o.requestedDeliveryFrom && calendarDate(locale, o.requestedDeliveryFrom, "numeric"),
            o.requestedDeliveryTo && calendarDate(locale, o.requestedDeliveryTo, "numeric"),
            o.buyerNote,
            // Each pack with the units it holds of each size (its units are in the order's SKU quantities).
            orderPacks(o.packLines, o.lines).map((p) => `${p.productCode} ${packSummary(packWords, p)}`).join("\n"),
          ].map(csvCell).join(","),
        )
        .join("\r\n");
      controller.enqueue(encoder.encode(text + "\r\n"));
    },
  });
  const date = new Date().toISOString().slice(0, 10);
  return new Response(stream, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="orders-${date}.csv"`, "Cache-Control": "no-store" },
  });
}
