// The Mailbox page's reading of the outbox: a page of mail is shown rendered; mail not rendered
// yet is rendered once, in its recipient's language, and kept (delivery then sends exactly that);
// mail written already rendered shows as it is; one mail that cannot be rendered says so without
// hiding the others.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { listBrandMail } from "@/lib/mail/queries";
import { renderForReading } from "@/lib/mail/rendered";
import { confirmOcAction } from "@/lib/orders/actions";
import { createBrand } from "../../support/fixtures";
import { actAs } from "../../support/next-request";
import { createOrder } from "../orders/order-fixture";

describe("the Mailbox's page of mail", { timeout: 120_000 }, () => {
  it("renders what is not rendered yet (each in its own language), keeps it, and shows the rest as it is", async () => {
    const f = await createBrand();
    const ja = await createOrder(f, { status: "OC_APPROVED" });
    const en = await createOrder(f, { status: "OC_APPROVED" });
    await prisma.order.update({ where: { id: ja.id }, data: { language: "JA" } });
    await actAs(f.staff);
    for (const order of [ja, en]) expect(await confirmOcAction({ orderId: order.id, notifyBuyer: true, emailBody: "Body text", tagIds: [] })).toMatchObject({ ok: true });
    await prisma.outboxEmail.create({ data: { brandId: f.brand.id, to: "old@test.example", subject: "Written rendered", text: "Plain text only" } });
    await prisma.outboxEmail.create({ data: { brandId: f.brand.id, to: "broken@test.example", template: "ocConfirmed", locale: "xx", data: {} } });

    const { mails, total } = await listBrandMail(f.brand.id, { skip: 0, take: 25 });
    expect(total).toBe(4);
    const shown = await renderForReading(mails);
    const byTo = (to: string, locale?: string) => shown.find((s) => s.row.to === to && (!locale || s.row.locale === locale))!;
    const [jaMail, enMail] = [byTo(f.buyerUser.email, "ja"), byTo(f.buyerUser.email, "en")];
    expect(jaMail.mail!.subject).toContain("が確定しました");
    expect(jaMail.mail!.text).toContain("Body text");
    expect(enMail.mail!.subject).toContain("is confirmed");
    expect(byTo("old@test.example").mail).toMatchObject({ subject: "Written rendered", text: "Plain text only", html: null });
    expect(byTo("broken@test.example")).toMatchObject({ mail: null, error: expect.stringContaining("xx") });

    // Kept: the next reading (or delivery) finds them rendered and renders nothing again.
    const stored = await prisma.outboxEmail.findMany({ where: { brandId: f.brand.id, template: "ocConfirmed", locale: { in: ["ja", "en"] } } });
    expect(stored.map((m) => m.subject).sort()).toEqual([jaMail.mail!.subject, enMail.mail!.subject].sort());
    expect(stored.every((m) => m.html?.includes("Body text"))).toBe(true);
  });

  it("two readers at once see the same mail and it is stored once", async () => {
    const f = await createBrand();
    const order = await createOrder(f, { status: "OC_APPROVED" });
    await actAs(f.staff);
    expect(await confirmOcAction({ orderId: order.id, notifyBuyer: true, emailBody: "Once", tagIds: [] })).toMatchObject({ ok: true });
    const { mails } = await listBrandMail(f.brand.id, { skip: 0, take: 25 });
    const [a, b] = await Promise.all([renderForReading(mails), renderForReading(mails)]);
    expect(a[0].mail!.html).toBe(b[0].mail!.html);
    expect(await prisma.outboxEmail.findUniqueOrThrow({ where: { id: mails[0].id } })).toMatchObject({ subject: a[0].mail!.subject, html: a[0].mail!.html });
  });
});
