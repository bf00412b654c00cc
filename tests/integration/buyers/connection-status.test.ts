import { describe, expect, it } from "vitest";
import { isConnected, connectionAccess } from "@/lib/buyers/connection-access";
import { disconnectBuyerAction, reconnectBuyerAction } from "@/lib/buyers/actions";
import { prisma } from "@/lib/db/client";
import { actAs, revalidatedPaths } from "../../support/next-request";
import { createBrand } from "../../support/fixtures";

function connectionOf(brandId: string, buyerId: string) {
  return prisma.connection.findUniqueOrThrow({ where: { brandId_buyerId: { brandId, buyerId } } });
}

function auditOf(connectionId: string) {
  return prisma.auditEvent.findMany({ where: { entityType: "Connection", entityId: connectionId } });
}

describe("Disconnect and Reconnect", () => {
  it("disconnecting a Connected buyer sets Closed, writes one audit event and refreshes the list", async () => {
    const a = await createBrand();
    await actAs(a.staff);
    const result = await disconnectBuyerAction({ buyerId: a.buyer.id });
    expect(result).toMatchObject({ ok: true, data: { status: "CLOSED", buyerName: a.buyer.name } });
    const connection = await connectionOf(a.brand.id, a.buyer.id);
    expect(connection.status).toBe("CLOSED");
    const events = await auditOf(connection.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "connection.disconnect", fromStatus: "CONNECTED", toStatus: "CLOSED", actorUserId: a.staff.id, brandId: a.brand.id });
    expect(revalidatedPaths()).toContain("/admin/buyers");
  });

  it("reconnecting a Closed buyer sets Connected again and keeps its trading terms", async () => {
    const a = await createBrand();
    await prisma.connection.update({ where: { brandId_buyerId: { brandId: a.brand.id, buyerId: a.buyer.id } }, data: { status: "CLOSED", discountRate: 12.5 } });
    await actAs(a.admin);
    expect(await reconnectBuyerAction({ buyerId: a.buyer.id })).toMatchObject({ ok: true, data: { status: "CONNECTED" } });
    const connection = await connectionOf(a.brand.id, a.buyer.id);
    expect(connection).toMatchObject({ status: "CONNECTED" });
    expect(Number(connection.discountRate)).toBe(12.5);
    expect((await auditOf(connection.id)).map((e) => e.action)).toEqual(["connection.reconnect"]);
  });

  it("refuses to disconnect a buyer that is already Closed, and to reconnect a Connected one", async () => {
    const a = await createBrand();
    await actAs(a.staff);
    expect(await reconnectBuyerAction({ buyerId: a.buyer.id })).toMatchObject({ ok: false, code: "CONNECTION_ALREADY_CONNECTED" });
    await disconnectBuyerAction({ buyerId: a.buyer.id });
    const again = await disconnectBuyerAction({ buyerId: a.buyer.id });
    expect(again).toMatchObject({ ok: false, code: "CONNECTION_ALREADY_CLOSED" });
    if (!again.ok) expect(again.message).toMatch(/already changed by someone else/);
    const connection = await connectionOf(a.brand.id, a.buyer.id);
    expect(await auditOf(connection.id)).toHaveLength(1);
  });

  it("two staff disconnecting at once: one Closed, one 'already changed', one audit event", async () => {
    const a = await createBrand();
    await actAs(a.staff);
    const results = await Promise.all(Array.from({ length: 10 }, () => disconnectBuyerAction({ buyerId: a.buyer.id })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.code)).toEqual(Array(9).fill("CONNECTION_ALREADY_CLOSED"));
    const connection = await connectionOf(a.brand.id, a.buyer.id);
    expect(connection.status).toBe("CLOSED");
    expect(await auditOf(connection.id)).toHaveLength(1);
  });

  it("concurrent reconnects give exactly one transition", async () => {
    const a = await createBrand();
    await prisma.connection.update({ where: { brandId_buyerId: { brandId: a.brand.id, buyerId: a.buyer.id } }, data: { status: "CLOSED" } });
    await actAs(a.owner);
    const results = await Promise.all(Array.from({ length: 6 }, () => reconnectBuyerAction({ buyerId: a.buyer.id })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const connection = await connectionOf(a.brand.id, a.buyer.id);
    expect(await auditOf(connection.id)).toHaveLength(1);
  });

  it("another brand's buyer is not found and nothing changes", async () => {
    const a = await createBrand();
    const b = await createBrand();
    await actAs(a.staff);
    expect(await disconnectBuyerAction({ buyerId: b.buyer.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await reconnectBuyerAction({ buyerId: b.offlineBuyer.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect((await connectionOf(b.brand.id, b.buyer.id)).status).toBe("CONNECTED");
    expect(await prisma.auditEvent.count({ where: { brandId: { in: [a.brand.id, b.brand.id] } } })).toBe(0);
  });

  it("a role without buyers.manage cannot disconnect", async () => {
    const a = await createBrand();
    await actAs(a.ops);
    expect(await disconnectBuyerAction({ buyerId: a.buyer.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await connectionOf(a.brand.id, a.buyer.id)).status).toBe("CONNECTED");
  });

  it("a buyer user cannot call the admin action", async () => {
    const a = await createBrand();
    await actAs(a.buyerUser);
    expect(await disconnectBuyerAction({ buyerId: a.buyer.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});

describe("isConnected (shared by the Buyer App and Customer Order Links)", () => {
  it("is true only while the connection is Connected, and answers a change at once", async () => {
    const a = await createBrand();
    const b = await createBrand();
    expect(await isConnected(a.brand.id, a.buyer.id)).toBe(true);
    expect(await isConnected(a.brand.id, a.offlineBuyer.id)).toBe(true);
    // No connection at all with another brand.
    expect(await isConnected(b.brand.id, a.buyer.id)).toBe(false);
    expect(await connectionAccess(b.brand.id, a.buyer.id)).toEqual({ state: "none" });
    await actAs(a.staff);
    await disconnectBuyerAction({ buyerId: a.buyer.id });
    expect(await isConnected(a.brand.id, a.buyer.id)).toBe(false);
    expect(await connectionAccess(a.brand.id, a.buyer.id)).toEqual({ state: "closed" });
    await reconnectBuyerAction({ buyerId: a.buyer.id });
    expect(await isConnected(a.brand.id, a.buyer.id)).toBe(true);
  });
});
