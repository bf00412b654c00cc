// CSV export of the filtered Order Management list, streamed in batches so a large brand's export
// never holds every order in memory.
import { getBrandContext } from "@/lib/auth/context";
import { can } from "@/lib/auth/roles";
import { formatOrderNumber } from "@/lib/orders/order-number";
import { iterateOrders } from "@/lib/orders/queries";
import { parseOrderFilters } from "@/lib/orders/schemas";
import { ORDER_STATUS_LABELS, RELEASE_STATUS_LABELS } from "@/lib/orders/status-labels";
import { fromMinor } from "@/lib/money/format";

function csvCell(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? "" : String(value);
  // Quote everything; neutralise spreadsheet formulas in user-entered text.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

export async function GET(request: Request) {
  const ctx = await getBrandContext();
  if (!ctx || !can(ctx.role, "orders.manage")) return new Response("Not found", { status: 404 });
  const search = Object.fromEntries(new URL(request.url).searchParams);
  const filters = parseOrderFilters(search);
  const header = ["Order number", "Order date", "Buyer", "Contact email", "Source", "Status", "Release status", "Tags", "Currency", "Total"];
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
            formatOrderNumber(ctx.brand.orderPrefix, o.number), o.createdAt.toISOString(), o.buyer.name, o.contactEmail,
            o.source === "STANDARD_ORDER" ? "Standard Order" : (o.sourceLinkName ?? ""), ORDER_STATUS_LABELS[o.status],
            o.releaseStatus ? RELEASE_STATUS_LABELS[o.releaseStatus] : "", o.tags.map((t) => t.tag.name).join("; "), o.currency, fromMinor(o.total, o.currency),
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
