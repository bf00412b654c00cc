// Every order transition of the integration API raced by 20 requests at once with one key: exactly
// one changes the order (one audit event, one row), the 19 others get a clear 409 (or, for tags,
// the same answer with nothing added), never a 500 and never a second effect. The same transition
// functions as the admin guard them (tests/integration/reliability/transitions-race.test.ts).
import { describe, expect, it } from "vitest";
import { POST as confirmOc } from "@/app/api/v1/orders/[id]/confirm-oc/route";
import { POST as createDeliveryNote } from "@/app/api/v1/orders/[id]/delivery-notes/route";
import { POST as reject } from "@/app/api/v1/orders/[id]/reject/route";
import { POST as addTags } from "@/app/api/v1/orders/[id]/tags/route";
import { POST as createUndelivered } from "@/app/api/v1/orders/[id]/undelivered-skus/route";
import { API_RATE } from "@/lib/api/rate-limit";
import { prisma } from "@/lib/db/client";
import { callApi, createTestKey } from "../../support/api-client";
import { createBrand } from "../../support/fixtures";
import { createOrder } from "../orders/order-fixture";

const CALLERS = 20;
// One burst of the key's rate limit: the race measures the transitions, not the limiter.
expect(CALLERS).toBeLessThanOrEqual(API_RATE.burst);

type Handler = Parameters<typeof callApi>[0];

async function race(handler: Handler, orderId: string, body: unknown) {
  const f = (await prisma.order.findUniqueOrThrow({ where: { id: orderId }, select: { brand: { select: { id: true } } } })).brand;
  const owner = await prisma.brandMember.findFirstOrThrow({ where: { brandId: f.id, role: "OWNER" }, include: { user: true } });
  const key = await createTestKey({ brand: f, owner: owner.user });
  return Promise.all(Array.from({ length: CALLERS }, () => callApi(handler, `/orders/${orderId}`, { key, params: { id: orderId }, body })));
}

function expectOneWinner(answers: { status: number; json: { error?: { code: string } } }[], winner: number, loserCodes: string[]) {
  expect(answers.filter((a) => a.status === winner)).toHaveLength(1);
  const losers = answers.filter((a) => a.status !== winner);
  expect(losers.map((a) => a.status)).toEqual(Array(CALLERS - 1).fill(409));
  for (const a of losers) expect(loserCodes).toContain(a.json.error?.code);
}

const auditCount = (orderId: string, action: string) => prisma.auditEvent.count({ where: { entityId: orderId, action } });

describe("integration API transitions raced 20 times", () => {
  it("confirm OC: one confirmation", async () => {
    const f = await createBrand();
    const order = await createOrder(f, { status: "OC_APPROVED" });
    const answers = await race(confirmOc, order.id, { notifyBuyer: true, emailBody: "Confirmed." });
    expectOneWinner(answers, 200, ["ORDER_ALREADY_CONFIRMED", "ORDER_STATUS_CHANGED"]);
    expect(await auditCount(order.id, "oc.confirm")).toBe(1);
    expect(await prisma.outboxEmail.count({ where: { brandId: f.brand.id, template: "ocConfirmed" } })).toBe(1);
  });

  it("reject: one rejection, one e-mail", async () => {
    const f = await createBrand();
    const order = await createOrder(f);
    const answers = await race(reject, order.id, { reason: "Sold out" });
    expectOneWinner(answers, 200, ["ORDER_ALREADY_REJECTED"]);
    expect(await auditCount(order.id, "order.reject")).toBe(1);
    expect(await prisma.outboxEmail.count({ where: { brandId: f.brand.id, template: "orderRejected" } })).toBe(1);
  });

  it("add tags: one tag, put on once, one event", async () => {
    const f = await createBrand();
    const order = await createOrder(f);
    const answers = await race(addTags, order.id, { tags: ["Rush"] });
    expect(answers.map((a) => a.status)).toEqual(Array(CALLERS).fill(200));
    expect(answers.filter((a) => (a.json as { added: string[] }).added.length === 1)).toHaveLength(1);
    expect(await prisma.tag.count({ where: { brandId: f.brand.id } })).toBe(1);
    expect(await prisma.orderTag.count({ where: { orderId: order.id } })).toBe(1);
    expect(await auditCount(order.id, "order.tags-add")).toBe(1);
  });

  it("delivery note of every remaining unit: one note", async () => {
    const f = await createBrand();
    const order = await createOrder(f, { status: "OC_CONFIRMED", releaseStatus: "PREPARING_PRODUCT" });
    const answers = await race(createDeliveryNote, order.id, { carrier: "Yamato", lines: order.lines.map((l) => ({ orderLineId: l.id, quantity: l.quantity })) });
    expectOneWinner(answers, 201, ["ORDER_ALREADY_SHIPPED"]);
    expect(await prisma.deliveryNote.count({ where: { orderId: order.id } })).toBe(1);
    expect(await auditCount(order.id, "delivery-note.create")).toBe(1);
  });

  it("undelivered SKUs: declared once", async () => {
    const f = await createBrand();
    const order = await createOrder(f, { status: "OC_CONFIRMED", releaseStatus: "NOT_YET_RELEASED" });
    const answers = await race(createUndelivered, order.id, { lines: [{ orderLineId: order.lines[0].id, quantity: 1 }] });
    expectOneWinner(answers, 201, ["UNDELIVERED_ALREADY_CREATED"]);
    expect(await prisma.undeliveredSku.count({ where: { orderId: order.id } })).toBe(1);
    expect(await auditCount(order.id, "undelivered.create")).toBe(1);
  });
});
