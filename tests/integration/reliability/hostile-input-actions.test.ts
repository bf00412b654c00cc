// Property-based bad input through the real server actions: text fields of the main forms get
// hostile strings (very long, unicode with RTL, emoji and NUL, SQL and HTML fragments). Every
// call answers with a saved row whose text is exactly what the schema makes of the input (trimmed
// where it trims), or with field-level messages and nothing written; never an unexpected error.
// Then what was saved is rendered by the app's own components: HTML stays text.
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { createElement } from "react";
import { beforeAll, describe, expect, it } from "vitest";
import { LinksTable } from "@/components/links/links-table";
import { OrdersTable } from "@/components/orders/orders-table";
import { GET as exportOrders } from "@/app/admin/orders/export/route";
import type { ActionResult } from "@/lib/actions/result";
import { addBuyerAddressAction } from "@/lib/buyer-app/actions";
import { createOfflineBuyerAction, updateTradingTermsAction } from "@/lib/buyers/actions";
import { saveCatalogAction } from "@/lib/catalogs/actions";
import { prisma } from "@/lib/db/client";
import { placeLinkOrderAction, saveLinkCartAction } from "@/lib/link-access/actions";
import { createLinkAction } from "@/lib/links/actions";
import { listLinks } from "@/lib/links/queries";
import { saveLookbookAction } from "@/lib/lookbooks/actions";
import { listOrders } from "@/lib/orders/queries";
import { parseOrderFilters } from "@/lib/orders/schemas";
import { saveProductAction } from "@/lib/products/actions";
import { updateBrandSettingsAction } from "@/lib/settings/actions";
import { saveRateGroupAction } from "@/lib/shipping-rates/actions";
import { localDriver, setStorageDriver } from "@/lib/storage/storage";
import { createTagAction } from "@/lib/tags/actions";
import { createWebhookEndpointAction, updateWebhookEndpointAction } from "@/lib/webhooks/actions";
import { HTML_FRAGMENTS, hostileText } from "../../support/hostile";
import { renderInApp } from "../../support/render-in-app";
import { actAs } from "../../support/next-request";
import { checkoutInput, createLink, createLinkWorld, type LinkWorld } from "../link-access/link-fixtures";
import { linkInput } from "../links/link-fixtures";
import { changedTables, checksum } from "./db-checksum";

const RUNS = 15;
const text = hostileText;
/** What a `.trim().optional().transform(v => v || null)` field stores. */
const orNull = (value: string) => value.trim() || null;

let world: LinkWorld;
let instantToken: string;

beforeAll(async () => {
  setStorageDriver(localDriver(await mkdtemp(path.join(os.tmpdir(), "wholesale-hostile-"))));
  world = await createLinkWorld();
  instantToken = (await createLink(world, { type: "INSTANT" })).token;
}, 60_000);

const staff = () => actAs(world.owner, { brandId: world.brand.id });

/**
 * Calls the action with hostile input: saved exactly as the schema shapes it, or refused with
 * field messages and not a row changed.
 */
async function savedOrRefused<T>(call: () => Promise<ActionResult<T>>, stored: (data: T) => Promise<unknown>, expected: unknown) {
  const before = await checksum();
  const result = await call();
  tally[result.ok ? "saved" : "refused"]++;
  if (result.ok) {
    expect(await stored(result.data)).toEqual(expected);
    return;
  }
  expect(result.code, result.message).not.toBe("UNEXPECTED");
  expect(Object.keys(result.fieldErrors ?? {}).length, `${result.code}: ${result.message}`).toBeGreaterThan(0);
  for (const message of Object.values(result.fieldErrors ?? {})) expect(message.length).toBeGreaterThan(0);
  expect(changedTables(before, await checksum()), "rows written by a refused call").toEqual([]);
}

// Besides the random runs, every property gets hostile text that fits (saved) and text with a NUL
// (refused), so both outcomes are checked on every run of the suite.
const SAVED_EXAMPLE = `<b>"x"</b> 東京 👍`;
const REFUSED_EXAMPLE = "a\u0000b";
const tally = { saved: 0, refused: 0 };

async function check(property: fc.IAsyncProperty<string[]>, arity: number) {
  tally.saved = tally.refused = 0;
  await fc.assert(property, { numRuns: RUNS, examples: [Array(arity).fill(SAVED_EXAMPLE), Array(arity).fill(REFUSED_EXAMPLE)] });
  expect(tally.saved, "runs that saved").toBeGreaterThan(0);
  expect(tally.refused, "runs that were refused").toBeGreaterThan(0);
}

describe("hostile text through the server actions", () => {
  it("tags: create", async () => {
    await staff();
    await check(fc.asyncProperty(text(40), (name) =>
      savedOrRefused(() => createTagAction({ name }), (d) => prisma.tag.findUniqueOrThrow({ where: { id: d.id } }).then((t) => t.name), name.trim()),
    ), 1);
  });

  it("webhooks: an endpoint URL with a hostile path", async () => {
    await staff();
    const created = await createWebhookEndpointAction({ url: "https://erp.example.com/hooks", events: ["order.placed"] });
    if (!created.ok) throw new Error(created.message);
    await check(fc.asyncProperty(text(1900), (path) => {
      const url = `https://erp.example.com/${path}`;
      return savedOrRefused(
        () => updateWebhookEndpointAction({ id: created.data.id, url, events: ["order.placed"] }),
        (d) => prisma.webhookEndpoint.findUniqueOrThrow({ where: { id: d.id } }).then((e) => e.url),
        url.trim(),
      );
    }), 1);
  });

  it("links: create with a hostile name and description", async () => {
    await staff();
    await check(fc.asyncProperty(text(120), text(2000), (name, description) =>
      savedOrRefused(
        () => createLinkAction(linkInput("INSTANT", [world.catalog.id], { name, description })),
        (d) => prisma.orderLink.findUniqueOrThrow({ where: { id: d.id }, select: { name: true, description: true } }),
        { name: name.trim(), description: orNull(description) },
      ),
    ), 2);
  });

  it("buyers: create an offline buyer", async () => {
    await staff();
    await check(fc.asyncProperty(text(120), text(100), text(200), (name, contactName, line1) =>
      savedOrRefused(
        () =>
          createOfflineBuyerAction({
            name, country: "JP", contactName, discountRate: "5", currency: "JPY", language: "EN",
            address: { recipientName: contactName || "Recipient", line1, city: "Tokyo", postalCode: "150-0041", country: "JP" },
          }),
        (d) => prisma.buyer.findUniqueOrThrow({ where: { id: d.buyerId }, select: { name: true, contactName: true, addresses: { select: { line1: true } } } }),
        { name: name.trim(), contactName: orNull(contactName), addresses: [{ line1: line1.trim() }] },
      ),
    ), 3);
  });

  it("buyers: trading terms with hostile payment terms", async () => {
    await staff();
    await check(fc.asyncProperty(text(200), (paymentTerms) =>
      savedOrRefused(
        () => updateTradingTermsAction({ buyerId: world.buyer.id, discountRate: "5", currency: "JPY", language: "EN", paymentTerms }),
        () => prisma.connection.findUniqueOrThrow({ where: { brandId_buyerId: { brandId: world.brand.id, buyerId: world.buyer.id } } }).then((c) => c.paymentTerms),
        orNull(paymentTerms),
      ),
    ), 1);
  });

  it("products: create with a hostile name and description", async () => {
    await staff();
    let n = 0;
    await check(fc.asyncProperty(text(200), text(5000), text(60), (name, description, color) => {
      const code = `HX-${++n}`;
      return savedOrRefused(
        () =>
          saveProductAction({
            product: {
              productCode: code, name, description, deliveryName: "", discountRate: "", currencies: ["JPY"],
              skus: [{ code: `${code}-1`, color, size: "M", stockQuantity: "1", prices: [{ currency: "JPY", wholesalePrice: "1000", retailPrice: "" }] }],
            },
          }),
        (d) => prisma.product.findUniqueOrThrow({ where: { id: d.id }, select: { name: true, description: true, skus: { select: { color: true } } } }),
        { name: name.trim(), description: orNull(description), skus: [{ color: color.trim() }] },
      );
    }), 3);
  });

  it("products: a prepack with a hostile name", async () => {
    await staff();
    let n = 0;
    await check(fc.asyncProperty(text(60), (name) => {
      const code = `HP-${++n}`;
      return savedOrRefused(
        () =>
          saveProductAction({
            product: {
              productCode: code, name: "Packed", description: "", deliveryName: "", discountRate: "", currencies: ["JPY"],
              skus: [{ code: `${code}-1`, color: "Navy", size: "M", stockQuantity: "1", prices: [{ currency: "JPY", wholesalePrice: "1000", retailPrice: "" }] }],
              rules: { minQuantity: "", maxQuantity: "", minQuantityPerSku: "", orderMultiple: "", saleMode: "PACKS_ONLY", prepacks: [{ name, sizes: [{ size: "M", quantity: "2" }] }] },
            },
          }),
        (d) => prisma.prepack.findMany({ where: { productId: d.id }, select: { name: true } }),
        [{ name: name.trim() }],
      );
    }), 1);
  });

  it("catalogs: create with a hostile name and season", async () => {
    await staff();
    await check(fc.asyncProperty(text(120), text(40), (name, season) =>
      savedOrRefused(
        () =>
          saveCatalogAction({
            catalog: { name, season, status: "OPEN", buyerIds: [], publicationDate: "", orderDeadline: "", discountRate: "", addressField: "SHOW", paymentMethods: ["PAY_OUTSIDE_APP"], shippingRateGroupIds: [] },
          }),
        (d) => prisma.catalog.findUniqueOrThrow({ where: { id: d.id }, select: { name: true, season: true } }),
        { name: name.trim(), season: orNull(season) },
      ),
    ), 2);
  });

  it("shipping rate groups: create with hostile group and rate names", async () => {
    await staff();
    const countries = ["JP", "US", "FR", "DE", "GB", "KR", "CN", "TW", "HK", "AU", "CA", "IT", "ES", "NL", "SE", "NO", "DK", "FI", "BE", "CH", "AT"];
    let n = 0;
    await check(fc.asyncProperty(text(80), text(80), (name, rateName) =>
      savedOrRefused(
        // A new country each time: one group per currency and country.
        () => saveRateGroupAction({ group: { name, currency: "JPY", country: countries[n++ % countries.length], rates: [{ name: rateName, minAmount: "", maxAmount: "", fee: "10" }] } }),
        (d) => prisma.shippingRateGroup.findUniqueOrThrow({ where: { id: d.id }, select: { name: true, rates: { select: { name: true } } } }),
        { name: name.trim(), rates: [{ name: rateName.trim() }] },
      ),
    ), 2);
  });

  it("lookbooks: create with a hostile name", async () => {
    await staff();
    await check(fc.asyncProperty(text(120), (name) =>
      savedOrRefused(() => saveLookbookAction({ lookbook: { name, status: "DRAFT" } }), (d) => prisma.lookbook.findUniqueOrThrow({ where: { id: d.id } }).then((l) => l.name), name.trim()),
    ), 1);
  });

  it("settings: a hostile brand name", async () => {
    await staff();
    await check(fc.asyncProperty(text(120), (name) =>
      savedOrRefused(
        () => updateBrandSettingsAction({ name, homeCountry: "JP", defaultCurrency: "JPY", language: "EN", timeZone: "UTC" }),
        () => prisma.brand.findUniqueOrThrow({ where: { id: world.brand.id } }).then((b) => b.name),
        name.trim(),
      ),
    ), 1);
  });

  it("buyer app: a hostile address", async () => {
    await actAs(world.buyerUser);
    await check(fc.asyncProperty(text(50), text(100), text(200), (label, recipientName, line1) =>
      savedOrRefused(
        () => addBuyerAddressAction({ label, recipientName, line1, city: "Tokyo", postalCode: "150-0041", country: "JP" }),
        (d) => prisma.buyerAddress.findUniqueOrThrow({ where: { id: d.id }, select: { label: true, recipientName: true, line1: true } }),
        { label: label.trim() || null, recipientName: recipientName.trim(), line1: line1.trim() },
      ),
    ), 3);
  });

  it("link checkout: a guest orders with a hostile company, name, notes and PO No.", async () => {
    let n = 0;
    await check(fc.asyncProperty(text(200), text(200), text(1000), text(50), text(1000), async (companyName, contactName, shippingRequestNote, poNumber, buyerNote) => {
      await actAs(null); // a new visitor, a new cart
      const cart = await saveLinkCartAction(instantToken, { productId: world.product.id, quantities: [{ skuId: world.skus[0].id, quantity: 1 }] });
      expect(cart.ok).toBe(true);
      await savedOrRefused(
        () => placeLinkOrderAction(instantToken, checkoutInput({ companyName, contactName, shippingRequestNote, poNumber, buyerNote, email: `guest-${++n}@test.example` })),
        (d) => prisma.order.findFirstOrThrow({ where: { brandId: world.brand.id }, orderBy: { number: "desc" }, select: { contactName: true, shippingRequestNote: true, poNumber: true, buyerNote: true, buyer: { select: { name: true } }, number: true } }).then((o) => {
          expect(d.orderNumber).toContain(String(o.number));
          return { contactName: o.contactName, shippingRequestNote: o.shippingRequestNote, poNumber: o.poNumber, buyerNote: o.buyerNote, buyer: o.buyer.name };
        }),
        { contactName: contactName.trim(), shippingRequestNote: orNull(shippingRequestNote), poNumber: orNull(poNumber), buyerNote: orNull(buyerNote), buyer: companyName.trim() },
      );
    }), 5);
  });

  it("the order list's filters and CSV export take any query string", async () => {
    await staff();
    const long = "x".repeat(10_000);
    for (const query of [`number=${long}`, `po=${long}`, "po=%25%5C%5F%27", `buyer=${encodeURIComponent(HTML_FRAGMENTS[0])}&tag=${long}`, "from=2026-99-99&currency=%00&sort=%27%3B"]) {
      const response = await exportOrders(new Request(`http://localhost:3000/admin/orders/export?${query}`));
      expect(response.status, query.slice(0, 60)).toBe(200);
      await response.text();
    }
  });
});

describe("saved HTML is rendered as text", () => {
  const script = HTML_FRAGMENTS[0];
  const img = HTML_FRAGMENTS[1];

  it("a guest's company name in the admin order list", async () => {
    await actAs(null);
    await saveLinkCartAction(instantToken, { productId: world.product.id, quantities: [{ skuId: world.skus[1].id, quantity: 1 }] });
    const placed = await placeLinkOrderAction(instantToken, checkoutInput({ companyName: script, contactName: img, email: "html-guest@test.example" }));
    expect(placed.ok).toBe(true);
    const { orders } = await listOrders(world.brand, parseOrderFilters({ buyer: "script" }), { skip: 0, take: 10 });
    expect(orders.map((o) => o.buyer.name)).toContain(script);
    const html = renderInApp(createElement(OrdersTable, { orders, prefix: world.brand.orderPrefix }));
    expect(html).not.toContain("<script");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("link and catalog names in the admin link list", async () => {
    await staff();
    const saved = await saveCatalogAction({
      catalog: { name: img, status: "OPEN", buyerIds: [], publicationDate: "", orderDeadline: "", discountRate: "", addressField: "SHOW", paymentMethods: ["PAY_OUTSIDE_APP"], shippingRateGroupIds: [] },
    });
    expect(saved.ok).toBe(true);
    const link = await createLinkAction(linkInput("CUSTOMER", [saved.ok ? saved.data.id : ""], { name: script }));
    expect(link.ok).toBe(true);
    const { rows } = await listLinks(world.brand.id, "CUSTOMER", { q: "script", status: undefined, sort: "created_desc" }, { page: 1, pageSize: 10, skip: 0, take: 10 });
    expect(rows.map((r) => r.name)).toContain(script);
    const html = renderInApp(createElement(LinksTable, { rows }));
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });

  it("no component or page bypasses React's escaping", async () => {
    const root = path.resolve(import.meta.dirname, "../../..");
    const offenders: string[] = [];
    for (const dir of ["app", "components"]) {
      for (const entry of await readdir(path.join(root, dir), { recursive: true, withFileTypes: true })) {
        if (!entry.isFile() || !/\.(tsx?|jsx?)$/.test(entry.name)) continue;
        const file = path.join(entry.parentPath, entry.name);
        if (/dangerouslySetInnerHTML|\.innerHTML\s*=|insertAdjacentHTML|document\.write/.test(await readFile(file, "utf8"))) offenders.push(path.relative(root, file));
      }
    }
    expect(offenders).toEqual([]);
  });
});
