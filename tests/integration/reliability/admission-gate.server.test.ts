// The production server's admission gate (APP_MAX_CONCURRENT_REQUESTS) under a queue: link
// visitors who save their cart and place their order at the same time each act as themselves.
// A request let in by another's release once ran in that request's async context, so a server
// action's cache() answered with the other visitor's link session: carts saved into someone
// else's cart, checkouts that found their own cart empty or placed another visitor's order.
// Needs `npm run build` first; run by `npm run test:reliability` and by `npm test` after its build.
import { randomBytes } from "node:crypto";
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { encodeLinkSession } from "@/lib/link-access/session-token";
import { checkoutInput, createLink, createLinkWorld } from "../link-access/link-fixtures";
import { callServerActionOn, startProductionServer, type ProductionServer } from "../../support/production-server";

const ACTIONS = "lib/link-access/actions.ts";
// The secret startProductionServer gives the server, which signs link sessions.
const SERVER_SECRET = "production-server-test-secret";
const VISITORS = 40;
const CLIENTS = 10;

describe.skipIf(!process.env.TEST_DATABASE_URL)("the admission gate and concurrent link visitors", { timeout: 180_000 }, () => {
  let server: ProductionServer;
  beforeAll(async () => {
    // Four requests at a time for ten clients: the others wait in the gate's queue.
    server = await startProductionServer({ databaseUrl: process.env.TEST_DATABASE_URL!, env: { APP_MAX_CONCURRENT_REQUESTS: "4" } });
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
  });

  it("each visitor's cart and order hold what that visitor chose, whoever was let in before them", async () => {
    const world = await createLinkWorld();
    const link = await createLink(world);
    // Visitor v orders SKU v % 4, 1 + floor(v / 4) units: a pair no other visitor has.
    const choices = Array.from({ length: VISITORS }, (_, v) => ({ visitorId: `gate-${randomBytes(6).toString("hex")}-${v}`, skuId: world.skus[v % 4].id, quantity: 1 + Math.floor(v / 4) }));
    const cookieOf = (visitorId: string) =>
      `wl_${link.id}=${encodeLinkSession({ linkId: link.id, visitorId, passcode: null, login: { method: "USER_ACCOUNT", userId: world.buyerUser.id, buyerId: world.buyer.id }, orderIds: [] }, SERVER_SECRET)}`;

    // Over the kept-alive connections of ten clients.
    const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });
    const call = (page: string, name: string, args: unknown[], visitorId: string) => callServerActionOn(agent, server, { page, file: ACTIONS, name }, args, { cookie: cookieOf(visitorId) });
    const flow = async ({ visitorId, skuId, quantity }: (typeof choices)[number]) => {
      const saved = await call(`/l/${link.token}/catalogs/${world.catalog.id}`, "saveLinkCartAction", [link.token, { productId: world.product.id, quantities: [{ skuId, quantity }] }], visitorId);
      expect(saved, server.output()).toMatchObject({ ok: true });
      // Placing the order writes the visitor's session cookie, so the server renders the checkout
      // page into the answer: the release that admits the next request comes from that render.
      const order = await call(`/l/${link.token}/checkout`, "placeLinkOrderAction", [link.token, checkoutInput()], visitorId);
      return { visitorId, order };
    };
    // Each client places its visitors' orders one after another, keeping the queue full of saves
    // and checkouts alike.
    const placed = (
      await Promise.all(Array.from({ length: CLIENTS }, async (_, c) => {
        const mine = [];
        for (let v = c; v < VISITORS; v += CLIENTS) mine.push(await flow(choices[v]));
        return mine;
      }))
    ).flat();
    agent.destroy();

    for (const { visitorId, order } of placed) expect(order, `checkout of ${visitorId}`).toMatchObject({ ok: true });
    const orders = await prisma.order.findMany({ where: { brandId: world.brand.id }, select: { lines: { select: { skuId: true, quantity: true } } } });
    expect(orders).toHaveLength(VISITORS);
    const ordered = orders.map((o) => o.lines.map((l) => `${l.skuId} × ${l.quantity}`).join(", ")).sort();
    expect(ordered).toEqual(choices.map((c) => `${c.skuId} × ${c.quantity}`).sort());
  });
});
