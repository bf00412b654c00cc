import { describe, expect, it } from "vitest";
import { GET as exportOrders } from "@/app/admin/orders/export/route";
import { GET as orderPdf } from "@/app/admin/orders/[id]/pdf/route";
import { GET as buyerOrderPdf } from "@/app/buyer/orders/[id]/pdf/route";
import { prisma } from "@/lib/db/client";
import { parseOrderNumber } from "@/lib/orders/order-number";
import { getBuyerOrderDetail, getOrderDetail, iterateOrders, listOrders } from "@/lib/orders/queries";
import { parseOrderFilters } from "@/lib/orders/schemas";
import { actAs } from "../../support/next-request";
import { createBrand } from "../../support/fixtures";
import { createOrder } from "./order-fixture";

const page = { skip: 0, take: 25 };

describe("Order Management list", { timeout: 120_000 }, () => {
  it("filters by order number, buyer, status, tag, source link, date range and currency, scoped to the brand", async () => {
    const f = await createBrand();
    const other = await createBrand();
    const a = await createOrder(f, { status: "OC_APPROVED" });
    const b = await createOrder(f, { status: "OC_CONFIRMED", releaseStatus: "NOT_YET_RELEASED" });
    await createOrder(other, { status: "OC_APPROVED" });
    const tag = await prisma.tag.create({ data: { brandId: f.brand.id, name: "VIP" } });
    await prisma.orderTag.create({ data: { orderId: b.id, tagId: tag.id } });
    await prisma.order.update({ where: { id: a.id }, data: { sourceLinkName: "Trade show — instant order", source: "ORDER_LINK", currency: "USD", createdAt: new Date("2026-01-15T10:00:00Z") } });

    const ids = async (search: Record<string, string>) => (await listOrders(f.brand, parseOrderFilters(search), page)).orders.map((o) => o.id).sort();
    expect(await ids({})).toEqual([a.id, b.id].sort());
    expect(await ids({ number: `${f.brand.orderPrefix}-${String(b.number).padStart(6, "0")}` })).toEqual([b.id]);
    expect(await ids({ number: String(a.number) })).toEqual([a.id]);
    expect(await ids({ number: "no digits" })).toEqual([]);
    expect(await ids({ buyer: f.buyer.name.slice(0, 6).toLowerCase() })).toEqual([a.id, b.id].sort());
    expect(await ids({ buyer: other.buyer.name })).toEqual([]);
    expect(await ids({ status: "OC_APPROVED" })).toEqual([a.id]);
    expect(await ids({ status: "NOT_A_STATUS" })).toEqual([a.id, b.id].sort());
    expect(await ids({ tag: tag.id })).toEqual([b.id]);
    expect(await ids({ link: "trade show" })).toEqual([a.id]);
    expect(await ids({ from: "2026-01-15", to: "2026-01-15" })).toEqual([a.id]);
    expect(await ids({ to: "2026-01-14" })).toEqual([]);
    expect(await ids({ currency: "usd" })).toEqual([a.id]);
    // Another brand's tag filters to nothing rather than leaking its orders.
    const theirTag = await prisma.tag.create({ data: { brandId: other.brand.id, name: "Theirs" } });
    expect(await ids({ tag: theirTag.id })).toEqual([]);
  });

  it("sorts by order number and date and counts with a cap", async () => {
    const f = await createBrand();
    const first = await createOrder(f);
    const second = await createOrder(f);
    const numbers = async (sort: string) => (await listOrders(f.brand, parseOrderFilters({ sort }), page)).orders.map((o) => o.id);
    expect(await numbers("number_asc")).toEqual([first.id, second.id]);
    expect(await numbers("number_desc")).toEqual([second.id, first.id]);
    expect(await listOrders(f.brand, parseOrderFilters({}), { skip: 0, take: 1 })).toMatchObject({ total: 2 });
    expect(parseOrderNumber("AO-000123", "AO")).toBe(123);
  });

  it("export batches walk every order once, in each sort order, through ties on the order date", async () => {
    const f = await createBrand();
    const made = [];
    for (let i = 0; i < 11; i++) made.push(await createOrder(f));
    // Three share one instant, so the date alone cannot say where a batch ended.
    const tie = new Date("2026-03-01T09:00:00.000Z");
    for (const [i, o] of made.entries()) {
      await prisma.order.update({ where: { id: o.id }, data: { createdAt: i % 4 === 1 ? tie : new Date(tie.getTime() + (i - 5) * 60_000) } });
    }
    for (const sort of ["newest", "oldest", "number_desc", "number_asc"]) {
      const walked: string[] = [];
      for await (const batch of iterateOrders(f.brand, parseOrderFilters({ sort }), 3)) walked.push(...batch.map((o) => o.id));
      const listed = (await listOrders(f.brand, parseOrderFilters({ sort }), { skip: 0, take: 100 })).orders.map((o) => o.id);
      expect(walked, sort).toEqual(listed);
      expect(new Set(walked).size, sort).toBe(11);
    }
  });

  it("exports the filtered list as CSV, only for the signed-in member's brand", async () => {
    const f = await createBrand();
    const other = await createBrand();
    const mine = await createOrder(f, { status: "OC_APPROVED" });
    await createOrder(f, { status: "PLEASE_CREATE_OC" });
    await createOrder(other, { status: "OC_APPROVED" });
    await prisma.order.update({ where: { id: mine.id }, data: { contactName: "=HYPERLINK(1)", sourceLinkName: '=cmd"', source: "ORDER_LINK" } });
    await actAs(f.staff);
    const response = await exportOrders(new Request("http://localhost/admin/orders/export?status=OC_APPROVED"));
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const lines = (await response.text()).replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('"Order number","PO No.","Order date","Buyer","Contact email","Source","Status","Release status","Tags","Currency","Total","Requested delivery from","Requested delivery to","Note from the buyer","Prepacks"');
    expect(lines[1]).toContain(`"${f.brand.orderPrefix}-${String(mine.number).padStart(6, "0")}"`);
    expect(lines[1]).toContain('"OC Approved"');
    expect(lines[1]).toContain(`"'=cmd"""`);
    await actAs(f.buyerUser);
    expect((await exportOrders(new Request("http://localhost/admin/orders/export"))).status).toBe(404);
  });

  it("another brand's order is not found on the detail page, its PDF or the Buyer App", async () => {
    const f = await createBrand();
    const other = await createBrand();
    const theirs = await createOrder(other, { status: "OC_CONFIRMED", releaseStatus: "NOT_YET_RELEASED" });
    expect(await getOrderDetail(f.brand.id, theirs.id)).toBeNull();
    expect(await getBuyerOrderDetail(f.buyerUser.id, theirs.id)).toBeNull();
    expect(await getBuyerOrderDetail(other.buyerUser.id, theirs.id)).not.toBeNull();
    await actAs(f.owner);
    expect((await orderPdf(new Request(`http://localhost/admin/orders/${theirs.id}/pdf`), { params: Promise.resolve({ id: theirs.id }) })).status).toBe(404);
    await actAs(f.buyerUser);
    expect((await buyerOrderPdf(new Request(`http://localhost/buyer/orders/${theirs.id}/pdf`), { params: Promise.resolve({ id: theirs.id }) })).status).toBe(404);
  });
});
