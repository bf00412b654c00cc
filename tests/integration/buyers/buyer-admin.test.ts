import { describe, expect, it } from "vitest";
import { verifySecret } from "@/lib/auth/password";
import {
  createOfflineBuyerAction,
  resetBrandCredentialsAction,
  setBrandCredentialsAction,
  setOfflineLoginAction,
  updateTradingTermsAction,
} from "@/lib/buyers/actions";
import { getBuyerForBrand, searchConnections } from "@/lib/buyers/queries";
import { buyerSearchSchema } from "@/lib/buyers/schemas";
import { prisma } from "@/lib/db/client";
import { pageParams } from "@/lib/pagination/page-params";
import { actAs } from "../../support/next-request";
import { createBrand } from "../../support/fixtures";

const connectionOf = (brandId: string, buyerId: string) => prisma.connection.findUniqueOrThrow({ where: { brandId_buyerId: { brandId, buyerId } } });
const terms = { discountRate: "12.5", currency: "USD", language: "JA", paymentTerms: "Net 45" } as const;

describe("trading terms", () => {
  it("saves valid terms and records the change", async () => {
    const a = await createBrand();
    await actAs(a.staff);
    expect(await updateTradingTermsAction({ buyerId: a.buyer.id, ...terms })).toMatchObject({ ok: true });
    const c = await connectionOf(a.brand.id, a.buyer.id);
    expect({ rate: Number(c.discountRate), currency: c.currency, language: c.language, paymentTerms: c.paymentTerms }).toEqual({ rate: 12.5, currency: "USD", language: "JA", paymentTerms: "Net 45" });
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: c.id, action: "connection.terms.update" } });
    expect(event.data).toMatchObject({ before: { currency: "JPY", discountRate: 0 }, after: { currency: "USD", discountRate: 12.5 } });
  });

  it.each([
    [{ discountRate: "" }, "discountRate", "Enter a discount rate between 0 and 100."],
    [{ discountRate: "abc" }, "discountRate", "Enter a discount rate between 0 and 100."],
    [{ discountRate: "-1" }, "discountRate", "The discount rate cannot be negative."],
    [{ discountRate: "100.5" }, "discountRate", "The discount rate cannot be more than 100%."],
    [{ discountRate: "10.123" }, "discountRate", "Use at most two decimals."],
    [{ currency: "XYZ" }, "currency", "Choose a currency."],
    [{ language: "FR" }, "language", "Choose a language."],
    [{ paymentTerms: "x".repeat(201) }, "paymentTerms", "Use at most 200 characters."],
  ])("rejects %j with a field message and writes nothing", async (patch, field, message) => {
    const a = await createBrand();
    await actAs(a.staff);
    const result = await updateTradingTermsAction({ buyerId: a.buyer.id, ...terms, ...patch } as never);
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { [field]: message } });
    const c = await connectionOf(a.brand.id, a.buyer.id);
    expect(c.currency).toBe("JPY");
    expect(await prisma.auditEvent.count({ where: { entityId: c.id } })).toBe(0);
  });

  it("another brand's buyer is not found and keeps its terms", async () => {
    const a = await createBrand();
    const b = await createBrand();
    await actAs(a.owner);
    expect(await updateTradingTermsAction({ buyerId: b.buyer.id, ...terms })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect((await connectionOf(b.brand.id, b.buyer.id)).currency).toBe("JPY");
    expect(await getBuyerForBrand(a.brand.id, b.buyer.id)).toBeNull();
  });
});

describe("brand-specific credentials", () => {
  it("stores the passcode only as a hash and can reset it", async () => {
    const a = await createBrand();
    await actAs(a.staff);
    expect(await setBrandCredentialsAction({ buyerId: a.buyer.id, uniqueCode: "SHOP-01", passcode: "secret-42" })).toMatchObject({ ok: true });
    let c = await connectionOf(a.brand.id, a.buyer.id);
    expect(c.uniqueCode).toBe("SHOP-01");
    expect(c.passcodeHash).not.toContain("secret-42");
    expect(await verifySecret("secret-42", c.passcodeHash)).toBe(true);
    const detail = await getBuyerForBrand(a.brand.id, a.buyer.id);
    expect(detail?.connection).toMatchObject({ uniqueCode: "SHOP-01", hasPasscode: true });
    expect(JSON.stringify(detail)).not.toContain(c.passcodeHash!);

    expect(await resetBrandCredentialsAction({ buyerId: a.buyer.id })).toMatchObject({ ok: true });
    c = await connectionOf(a.brand.id, a.buyer.id);
    expect([c.uniqueCode, c.passcodeHash]).toEqual([null, null]);
    const actions = (await prisma.auditEvent.findMany({ where: { entityId: c.id }, orderBy: { createdAt: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["connection.credentials.set", "connection.credentials.reset"]);
  });

  it("a unique code is unique per brand, not across brands", async () => {
    const a = await createBrand();
    const b = await createBrand();
    await actAs(a.staff);
    await setBrandCredentialsAction({ buyerId: a.buyer.id, uniqueCode: "SAME", passcode: "123456" });
    expect(await setBrandCredentialsAction({ buyerId: a.offlineBuyer.id, uniqueCode: "SAME", passcode: "654321" })).toMatchObject({
      ok: false,
      code: "UNIQUE_CODE_TAKEN",
      fieldErrors: { uniqueCode: "This unique code is already used by another buyer of your brand." },
    });
    expect((await connectionOf(a.brand.id, a.offlineBuyer.id)).uniqueCode).toBeNull();
    await actAs(b.staff);
    expect(await setBrandCredentialsAction({ buyerId: b.buyer.id, uniqueCode: "SAME", passcode: "123456" })).toMatchObject({ ok: true });
  });

  it("two buyers given the same code at once: one gets it", async () => {
    const a = await createBrand();
    await actAs(a.staff);
    const results = await Promise.all([a.buyer.id, a.offlineBuyer.id].map((buyerId) => setBrandCredentialsAction({ buyerId, uniqueCode: "RACE", passcode: "123456" })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ code: "UNIQUE_CODE_TAKEN" });
  });

  it("validates code and passcode, and refuses another brand's buyer", async () => {
    const a = await createBrand();
    const b = await createBrand();
    await actAs(a.staff);
    expect(await setBrandCredentialsAction({ buyerId: a.buyer.id, uniqueCode: "a b", passcode: "123" })).toMatchObject({
      ok: false,
      fieldErrors: { uniqueCode: "Use letters, digits, - and _ only.", passcode: "Use at least 6 characters." },
    });
    expect(await setBrandCredentialsAction({ buyerId: b.buyer.id, uniqueCode: "X-1", passcode: "123456" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await resetBrandCredentialsAction({ buyerId: b.buyer.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});

describe("offline buyers", () => {
  const input = {
    name: "Corner Shop", country: "jp", contactName: "Ken", email: "Ken@Corner.example", phone: "",
    address: { recipientName: "Ken", line1: "1-1 Chuo", line2: "", city: "Sendai", region: "", postalCode: "980-0021", country: "JP", phone: "" },
    discountRate: "5", currency: "JPY", language: "JA", paymentTerms: "Net 30",
    linkLoginEmail: "orders@corner.example", linkLoginPassword: "corner-pass-1",
  } as const;

  it("creates a Connected offline buyer with its address, terms and hashed link login", async () => {
    const a = await createBrand();
    await actAs(a.staff);
    const result = await createOfflineBuyerAction(input);
    expect(result.ok).toBe(true);
    const buyerId = result.ok ? result.data.buyerId : "";
    const buyer = await prisma.buyer.findUniqueOrThrow({ where: { id: buyerId }, include: { addresses: true, connections: true } });
    expect(buyer).toMatchObject({ ownership: "OFFLINE", ownerBrandId: a.brand.id, country: "JP", email: "ken@corner.example", linkLoginEmail: "orders@corner.example" });
    expect(await verifySecret("corner-pass-1", buyer.linkLoginPasswordHash)).toBe(true);
    expect(buyer.addresses).toHaveLength(1);
    expect(buyer.connections).toMatchObject([{ brandId: a.brand.id, status: "CONNECTED", currency: "JPY", language: "JA" }]);
  });

  it("lets several offline buyers share one login email", async () => {
    const a = await createBrand();
    await actAs(a.staff);
    expect((await createOfflineBuyerAction(input)).ok).toBe(true);
    expect((await createOfflineBuyerAction({ ...input, name: "Corner Shop 2" })).ok).toBe(true);
    expect(await prisma.buyer.count({ where: { ownerBrandId: a.brand.id, linkLoginEmail: "orders@corner.example" } })).toBe(2);
  });

  it("explains each bad field and creates nothing", async () => {
    const a = await createBrand();
    await actAs(a.staff);
    const result = await createOfflineBuyerAction({
      ...input, name: "", country: "Japan", email: "not-an-email", discountRate: "101",
      address: { ...input.address, line1: "" }, linkLoginEmail: "orders@corner.example", linkLoginPassword: "",
    });
    expect(result).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: {
        name: "Enter the company name.",
        country: "Enter a two-letter country code (e.g. JP, US).",
        email: "Enter a valid email address.",
        discountRate: "The discount rate cannot be more than 100%.",
        "address.line1": "Enter the street address.",
      },
    });
    expect(await prisma.buyer.count({ where: { ownerBrandId: a.brand.id } })).toBe(1);
  });

  it("sets the Customer Order Link login only for the brand's own offline buyers", async () => {
    const a = await createBrand();
    const b = await createBrand();
    await actAs(a.staff);
    expect(await setOfflineLoginAction({ buyerId: a.offlineBuyer.id, linkLoginEmail: "x@y.example", linkLoginPassword: "long-enough" })).toMatchObject({ ok: true });
    expect(await verifySecret("long-enough", (await prisma.buyer.findUniqueOrThrow({ where: { id: a.offlineBuyer.id } })).linkLoginPasswordHash)).toBe(true);
    expect(await setOfflineLoginAction({ buyerId: a.buyer.id, linkLoginEmail: "x@y.example", linkLoginPassword: "long-enough" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await setOfflineLoginAction({ buyerId: b.offlineBuyer.id, linkLoginEmail: "x@y.example", linkLoginPassword: "long-enough" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect((await prisma.buyer.findUniqueOrThrow({ where: { id: b.offlineBuyer.id } })).linkLoginEmail).toBeNull();
  });
});

describe("Connected Buyers search", () => {
  it("defaults to Connected and filters by status, name, email, country, ownership and currency within the brand", async () => {
    const a = await createBrand();
    const b = await createBrand();
    await prisma.connection.update({ where: { brandId_buyerId: { brandId: a.brand.id, buyerId: a.offlineBuyer.id } }, data: { status: "CLOSED", currency: "USD" } });
    const page = pageParams({});
    const search = (q: Record<string, string>) => searchConnections(a.brand.id, buyerSearchSchema.parse(q), page);
    const names = async (q: Record<string, string>) => (await search(q)).rows.map((r) => r.buyer.name);

    expect(buyerSearchSchema.parse({}).status).toBe("CONNECTED");
    expect(await names({})).toEqual([a.buyer.name]);
    expect(await names({ status: "CLOSED" })).toEqual([a.offlineBuyer.name]);
    expect(await names({ status: "CLOSED", ownership: "OFFLINE", currency: "USD" })).toEqual([a.offlineBuyer.name]);
    expect(await names({ status: "CLOSED", ownership: "CUSTOMER_OWNED" })).toEqual([]);
    expect(await names({ name: a.buyer.name.slice(0, 8).toLowerCase() })).toEqual([a.buyer.name]);
    expect(await names({ email: a.buyerUser.email.toUpperCase() })).toEqual([a.buyer.name]);
    expect(await names({ country: "us" })).toEqual([]);
    expect(await names({ country: "jp" })).toEqual([a.buyer.name]);
    // Another brand's buyer never shows, whatever the search.
    expect(await names({ name: b.buyer.name })).toEqual([]);
    expect((await search({})).total).toBe(1);
  });

  it("paginates", async () => {
    const a = await createBrand();
    for (let i = 0; i < 5; i++) {
      const buyer = await prisma.buyer.create({ data: { name: `Paged ${i}`, country: "JP", ownership: "CUSTOMER_OWNED" } });
      await prisma.connection.create({ data: { brandId: a.brand.id, buyerId: buyer.id, currency: "JPY" } });
    }
    const first = await searchConnections(a.brand.id, buyerSearchSchema.parse({ name: "Paged" }), { page: 1, pageSize: 2, skip: 0, take: 2 });
    const third = await searchConnections(a.brand.id, buyerSearchSchema.parse({ name: "Paged" }), { page: 3, pageSize: 2, skip: 4, take: 2 });
    expect(first.total).toBe(5);
    expect(first.rows).toHaveLength(2);
    expect(third.rows).toHaveLength(1);
  });
});
