// A link visitor with only the id the proxy gave them (lib/link-access/visitor-cookie.ts): their
// cart saves and checkout write no session cookie (which would make Next.js render the page again
// into the action's answer), the cart and the order are theirs, and the signed session written at
// the passcode keeps the same visitor, cart and order.
import { cookies } from "next/headers";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { placeLinkOrderAction, saveLinkCartAction, submitPasscodeAction } from "@/lib/link-access/actions";
import { findVisitorLinkOrder } from "@/lib/link-access/link-order";
import { linkCartKey } from "@/lib/link-access/resolve-link";
import { linkCookieName } from "@/lib/link-access/session-cookie";
import { LINK_VISITOR_COOKIE, newVisitorId } from "@/lib/link-access/visitor-cookie";
import { actAs } from "../../support/next-request";
import { checkoutInput, createLink, createLinkWorld } from "./link-fixtures";

describe("a link visitor known by the proxy's id", { timeout: 60_000 }, () => {
  it("saves a cart and orders without a session cookie; the order's page is theirs", async () => {
    const world = await createLinkWorld();
    const link = await createLink(world, { type: "INSTANT" });
    await actAs(null);
    const visitorId = newVisitorId();
    (await cookies()).set(LINK_VISITOR_COOKIE, visitorId);

    expect(await saveLinkCartAction(link.token, { productId: world.product.id, quantities: [{ skuId: world.skus[0].id, quantity: 3 }] })).toMatchObject({ ok: true, data: { quantity: 3 } });
    expect(await prisma.cart.findUniqueOrThrow({ where: { ownerKey_brandId: { ownerKey: linkCartKey(link.id, visitorId, null), brandId: world.brand.id } } })).toBeTruthy();
    const placed = await placeLinkOrderAction(link.token, checkoutInput({ email: "wlv-guest@test.example" }));
    expect(placed).toMatchObject({ ok: true });
    expect((await cookies()).get(linkCookieName(link.id))).toBeUndefined();
    const order = await prisma.order.findFirstOrThrow({ where: { sourceLinkId: link.id }, include: { lines: true } });
    expect(order).toMatchObject({ linkVisitorId: visitorId, lines: [expect.objectContaining({ skuId: world.skus[0].id, quantity: 3 })] });
    expect(await findVisitorLinkOrder(link.token, order.id)).not.toBeNull();

    // Another visitor of the link, with their own id: not their order.
    (await cookies()).set(LINK_VISITOR_COOKIE, newVisitorId());
    expect(await findVisitorLinkOrder(link.token, order.id)).toBeNull();
    // Something that is not an id counts for nothing.
    (await cookies()).set(LINK_VISITOR_COOKIE, "short");
    expect(await findVisitorLinkOrder(link.token, order.id)).toBeNull();
  });

  it("keeps their cart when the passcode signs their session", async () => {
    const world = await createLinkWorld();
    const link = await createLink(world, { type: "INSTANT", passcode: "spring27" });
    await actAs(null);
    const visitorId = newVisitorId();
    (await cookies()).set(LINK_VISITOR_COOKIE, visitorId);
    // Behind the passcode nothing can be ordered yet.
    expect(await saveLinkCartAction(link.token, { productId: world.product.id, quantities: [{ skuId: world.skus[0].id, quantity: 1 }] })).toMatchObject({ ok: false });
    expect(await submitPasscodeAction(link.token, { passcode: "spring27" })).toMatchObject({ ok: true });
    expect((await cookies()).get(linkCookieName(link.id))).toBeDefined();
    expect(await saveLinkCartAction(link.token, { productId: world.product.id, quantities: [{ skuId: world.skus[0].id, quantity: 2 }] })).toMatchObject({ ok: true });
    // The signed session carries the proxy's id: the cart is under it.
    expect(await prisma.cart.count({ where: { ownerKey: linkCartKey(link.id, visitorId, null), brandId: world.brand.id } })).toBe(1);
  });
});
