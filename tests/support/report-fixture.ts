// The Reports' hand-computed world: brand A (Asia/Tokyo, JPY by default) with two seasons, three
// products, order links of every type and ten orders whose figures the report tests spell out,
// and brand Z with orders on the same days, which no report of A may count.
//
// Four of A's orders go through the real checkout (Instant and Dynamic Brand Link guests, a
// Customer Order Link login, a Buyer App Standard Order), so their catalogs, link type and buyers
// come from the app's own code; their placement time is then moved to the moment below (the
// rollup triggers follow). The others are inserted with explicit times and statuses.
//
// Brand A's orders (Tokyo time; "day" is the Tokyo day, the report's):
//   R1  02-02 23:30 (UTC 02-02 14:30)  guest G1 "Guest Shop One"  INSTANT "Spring instant"  SS  JPY  PLACED
//       Shirt Navy/S ×2, Ecru/S ×2 = 4 units, 40,000                      JP / Tokyo
//   R4  02-03 00:30 (UTC 02-02 15:30)  B1 "Shop"  Buyer App (STANDARD_ORDER)              SS  JPY  RELEASED (preparing)
//       Shirt Ecru/M ×2, Socks Black/F ×12 = 14 units, 32,000            JP / Osaka
//   I1  02-10 10:00                    B2 "Offline shop"  CUSTOMER "Customer link"       SS  JPY  RELEASED (partially shipped)
//       Shirt Navy/S ×3 = 3 units, 30,000                                  JP / Tokyo
//   I2  02-11 09:00                    B2  INSTANT "Spring instant"                       SS  JPY  CANCELLED
//       Shirt Ecru/S ×1 = 10,000                                           JP / Kyoto
//   I3  02-12 12:00                    G1  INSTANT "Spring instant"                       SS  JPY  ORDER_REJECTED
//       Shirt Navy/S ×1 = 10,000                                           JP / Tokyo (contact Hanako Guest)
//   I6  02-15 08:00 (UTC 02-14 23:00)  B4 "Paris Boutique"  DYNAMIC_BRAND "Dynamic US"   SS  USD  PLACED
//       Shirt Navy/S ×2 = 2 units, 14,000                                  FR / (none)
//   I4  02-20 15:00                    B1  INSTANT "Old instant" (deleted afterwards)     SS  JPY  PLACED
//       Shirt Navy/M ×1 = 10,000                                           JP / (none)
//   I7  02-25 10:00                    B3 "Kyoto Select"  Buyer App                       SS  JPY  CANCELLED
//       Shirt Navy/M ×1 = 10,000                                           JP / Kyoto
//   R2  03-05 00:30 (UTC 03-04 15:30)  guest G2 "Guest Shop Two"  DYNAMIC_BRAND "Dynamic US"  AW  USD  PLACED
//       Coat Grey/M ×2 = 2 units, 40,000                                   US / NY
//   R3  03-05 23:30 (UTC 03-05 14:30)  B1  CUSTOMER "Customer link" (login)               AW  JPY  CONFIRMED
//       Coat Grey/M ×1, Grey/L ×1 = 2 units, 60,000                        JP / Osaka
//   I5  03-20 11:00                    B3  Buyer App                                       AW  JPY  CONFIRMED
//       Coat Grey/L ×1 = 30,000                                            JP / Kyoto
// Stock now: Shirt Navy/S 10, Navy/M 0, Ecru/S 5, Ecru/M 3; Coat Grey/M 4, Grey/L 0; Socks Black/F 20.
// Catalogs (season start): SS 2026-01-10, AW 2026-03-01 (both OPEN), Archive 2026-06-01 (CLOSED),
// Future 2027-06-01 (OPEN, not yet published). Tag "All orders" is on every order of A, "Fair" on R1 and I1.
import { randomBytes } from "node:crypto";
import { placeStandardOrderAction, saveStandardOrderCartAction } from "@/lib/buyer-app/standard-order-actions";
import { prisma } from "@/lib/db/client";
import type { OrderLinkType, OrderSource, OrderStatus, ReleaseStatus } from "@/lib/db/generated/enums";
import { loginWithUserAccountAction, placeLinkOrderAction, saveLinkCartAction } from "@/lib/link-access/actions";
import { createBrand, FIXTURE_PASSWORD } from "./fixtures";
import { actAs } from "./next-request";

const hex = (n = 4) => randomBytes(n).toString("hex");

/** A moment of the Tokyo calendar ("2026-02-02", "23:30") as the UTC instant it is. */
export function tokyo(day: string, time: string): Date {
  return new Date(`${day}T${time}:00+09:00`);
}

type Sku = { id: string; code: string; color: string; size: string; productId: string; productCode: string; productName: string };

async function product(brandId: string, name: string, prices: { JPY: number; USD: number }, skus: [color: string, size: string, stock: number][]) {
  const productCode = `${name.toUpperCase().replace(/\W/g, "")}-${hex(3)}`;
  const p = await prisma.product.create({ data: { brandId, productCode, name, deliveryName: name } });
  const made: Sku[] = [];
  for (const [position, [color, size, stock]] of skus.entries()) {
    const sku = await prisma.sku.create({
      data: {
        brandId, productId: p.id, code: `${productCode}-${position}`, color, size, stockQuantity: stock, position,
        prices: { create: [{ currency: "JPY", wholesalePrice: prices.JPY }, { currency: "USD", wholesalePrice: prices.USD }] },
      },
    });
    made.push({ id: sku.id, code: sku.code, color, size, productId: p.id, productCode, productName: name });
  }
  return { id: p.id, productCode, name, skus: made };
}

async function link(brandId: string, type: OrderLinkType, name: string, catalogIds: string[], currency: string | null) {
  return prisma.orderLink.create({
    data: {
      brandId, type, name, token: `rpt-${hex(12)}`, addressField: "SHOW", paymentMethods: ["PAY_OUTSIDE_APP"],
      ...(type === "CUSTOMER" ? {} : { currency, language: "EN", discountRate: 0 }),
      catalogs: { create: catalogIds.map((catalogId, position) => ({ catalogId, position })) },
    },
  });
}

export type InsertedOrder = {
  brandId: string;
  buyerId: string;
  source: OrderSource;
  link?: { id: string; name: string; type: OrderLinkType } | null;
  catalogId: string | null;
  currency: string;
  createdAt: Date;
  status?: OrderStatus;
  releaseStatus?: ReleaseStatus | null;
  shipCountry: string;
  shipRegion?: string | null;
  contact?: { name: string; email: string; phone?: string | null };
  lines: { sku: Sku; quantity: number; unitPrice: number; catalogId: string | null }[];
};

/** An order written as the checkout would have, at the given moment and status. */
export async function insertOrder(spec: InsertedOrder): Promise<string> {
  const { lastOrderNumber } = await prisma.brand.update({ where: { id: spec.brandId }, data: { lastOrderNumber: { increment: 1 } } });
  const subtotal = spec.lines.reduce((sum, l) => sum + l.quantity * l.unitPrice, 0);
  const order = await prisma.order.create({
    data: {
      brandId: spec.brandId, buyerId: spec.buyerId, number: lastOrderNumber, source: spec.source, placedVia: "USER_ACCOUNT",
      sourceLinkId: spec.link?.id ?? null, sourceLinkName: spec.link?.name ?? null, sourceLinkType: spec.link?.type ?? null, catalogId: spec.catalogId,
      idempotencyKey: `rpt-${hex(8)}`, currency: spec.currency, subtotal, total: subtotal,
      contactName: spec.contact?.name ?? "Order Contact", contactEmail: spec.contact?.email ?? "contact@test.example", contactPhone: spec.contact?.phone ?? null,
      shipRecipient: "Recipient", shipLine1: "1-2-3 Street", shipCity: "City", shipPostalCode: "100-0001",
      shipCountry: spec.shipCountry, shipRegion: spec.shipRegion ?? null,
      paymentMethod: "PAY_OUTSIDE_APP", paymentStatus: "OUTSIDE_APP",
      status: spec.status ?? "PLEASE_CREATE_OC", releaseStatus: spec.releaseStatus ?? null, createdAt: spec.createdAt,
      lines: {
        createMany: {
          data: spec.lines.map((l, position) => ({
            skuId: l.sku.id, productId: l.sku.productId, productCode: l.sku.productCode, productName: l.sku.productName, skuCode: l.sku.code,
            color: l.sku.color, size: l.sku.size, catalogId: l.catalogId, quantity: l.quantity, unitPrice: l.unitPrice, lineTotal: l.quantity * l.unitPrice, position,
          })),
        },
      },
    },
  });
  return order.id;
}

function checkout(overrides: Record<string, unknown>) {
  return {
    idempotencyKey: hex(12), companyName: "Guest Shop", contactName: "Guest Person", email: `guest-${hex()}@test.example`, phone: "+81 3 0000 0000",
    country: "JP", shipRecipient: "Guest Person", shipLine1: "1-2-3 Jinnan", shipCity: "Shibuya-ku", shipPostalCode: "150-0041",
    paymentMethod: "PAY_OUTSIDE_APP" as const, ...overrides,
  };
}

function placed(result: { ok: true; data: { orderNumber: string } } | { ok: false; message: string; code?: string }): number {
  if (!result.ok) throw new Error(`Checkout failed: ${result.code} ${result.message}`);
  return Number(result.data.orderNumber.split("-").at(-1));
}

async function movedTo(brandId: string, number: number, createdAt: Date, status?: { status: OrderStatus; releaseStatus: ReleaseStatus | null }) {
  const order = await prisma.order.findUniqueOrThrow({ where: { brandId_number: { brandId, number } } });
  await prisma.order.update({ where: { id: order.id }, data: { createdAt, ...status } });
  return order;
}

export async function createReportWorld() {
  // ── Brand A ──
  const a = await createBrand({ currency: "JPY" });
  const brandId = a.brand.id;
  await prisma.brand.update({ where: { id: brandId }, data: { timeZone: "Asia/Tokyo" } });
  await prisma.buyer.update({ where: { id: a.buyer.id }, data: { name: `Shop ${hex(2)}` } });
  await prisma.buyer.update({ where: { id: a.offlineBuyer.id }, data: { name: `Offline shop ${hex(2)}`, phone: "+81 6 1111 2222" } });
  const b1 = { id: a.buyer.id };
  const b2 = { id: a.offlineBuyer.id };
  const b3 = await prisma.buyer.create({ data: { name: "Kyoto Select", country: "JP", ownership: "CUSTOMER_OWNED", connections: { create: { brandId, currency: "JPY" } } } });
  const b4 = await prisma.buyer.create({ data: { name: "Paris Boutique", country: "FR", ownership: "CUSTOMER_OWNED", connections: { create: { brandId, currency: "USD" } } } });

  const ss = await prisma.catalog.create({ data: { brandId, name: "SS26", season: "SS26", status: "OPEN", publicationDate: new Date("2026-01-10T00:00:00Z") } });
  const aw = await prisma.catalog.create({ data: { brandId, name: "AW26", season: "AW26", status: "OPEN", publicationDate: new Date("2026-03-01T00:00:00Z") } });
  const archive = await prisma.catalog.create({ data: { brandId, name: "Archive", season: null, status: "CLOSED", publicationDate: new Date("2026-06-01T00:00:00Z") } });
  const future = await prisma.catalog.create({ data: { brandId, name: "Future", season: "SS27", status: "OPEN", publicationDate: new Date("2027-06-01T00:00:00Z") } });

  const shirt = await product(brandId, "Linen Shirt", { JPY: 10_000, USD: 7_000 }, [["Navy", "S", 10], ["Navy", "M", 0], ["Ecru", "S", 5], ["Ecru", "M", 3]]);
  const coat = await product(brandId, "Wool Coat", { JPY: 30_000, USD: 20_000 }, [["Grey", "M", 4], ["Grey", "L", 0]]);
  const socks = await product(brandId, "Socks", { JPY: 1_000, USD: 700 }, [["Black", "F", 20]]);
  await prisma.catalogProduct.createMany({ data: [{ catalogId: ss.id, productId: shirt.id }, { catalogId: ss.id, productId: socks.id, position: 1 }, { catalogId: aw.id, productId: coat.id }] });
  const [navyS, navyM, ecruS, ecruM] = shirt.skus;
  const [greyM, greyL] = coat.skus;
  const [blackF] = socks.skus;

  const instant = await link(brandId, "INSTANT", "Spring instant", [ss.id], "JPY");
  const dynamic = await link(brandId, "DYNAMIC_BRAND", "Dynamic US", [ss.id, aw.id], "USD");
  const customer = await link(brandId, "CUSTOMER", "Customer link", [aw.id], null);
  const oldInstant = await link(brandId, "INSTANT", "Old instant", [ss.id], "JPY");
  const ref = (l: { id: string; name: string; type: OrderLinkType }) => ({ id: l.id, name: l.name, type: l.type });

  // R1: an Instant Order Link guest (becomes offline buyer G1).
  await actAs(null);
  await saveLinkCartAction(instant.token, { productId: shirt.id, quantities: [{ skuId: navyS.id, quantity: 2 }, { skuId: ecruS.id, quantity: 2 }] });
  const r1 = await movedTo(brandId, placed(await placeLinkOrderAction(instant.token, checkout({ companyName: "Guest Shop One", contactName: "Taro Guest", email: `guest1-${hex()}@test.example`, shipRegion: "Tokyo" }))), tokyo("2026-02-02", "23:30"));
  const g1 = { id: r1.buyerId };

  // R2: a Dynamic Brand Link guest in USD (becomes offline buyer G2).
  await actAs(null);
  await saveLinkCartAction(dynamic.token, { productId: coat.id, quantities: [{ skuId: greyM.id, quantity: 2 }] });
  const r2 = await movedTo(brandId, placed(await placeLinkOrderAction(dynamic.token, checkout({ companyName: "Guest Shop Two", contactName: "Jane Guest", country: "US", shipRegion: "NY", shipCity: "New York", shipPostalCode: "10001" }))), tokyo("2026-03-05", "00:30"));
  const g2 = { id: r2.buyerId };

  // R3: B1 through the Customer Order Link, logged in with its user account.
  await actAs(null);
  const login = await loginWithUserAccountAction(customer.token, { email: a.buyerUser.email, password: FIXTURE_PASSWORD });
  if (!login.ok) throw new Error(`Link login failed: ${login.message}`);
  await saveLinkCartAction(customer.token, { productId: coat.id, quantities: [{ skuId: greyM.id, quantity: 1 }, { skuId: greyL.id, quantity: 1 }] });
  const r3 = await movedTo(brandId, placed(await placeLinkOrderAction(customer.token, checkout({ companyName: undefined, contactName: "Shop Buyer", email: a.buyerUser.email, shipRegion: "Osaka" }))), tokyo("2026-03-05", "23:30"), { status: "OC_CONFIRMED", releaseStatus: "NOT_YET_RELEASED" });

  // R4: B1 in the Buyer App (Standard Order).
  await actAs(a.buyerUser);
  await saveStandardOrderCartAction(brandId, { productId: shirt.id, quantities: [{ skuId: ecruM.id, quantity: 2 }] });
  await saveStandardOrderCartAction(brandId, { productId: socks.id, quantities: [{ skuId: blackF.id, quantity: 12 }] });
  const r4 = await movedTo(brandId, placed(await placeStandardOrderAction(brandId, checkout({ companyName: undefined, contactName: "Shop Buyer", email: a.buyerUser.email, shipRegion: "Osaka" }))), tokyo("2026-02-03", "00:30"), { status: "OC_CONFIRMED", releaseStatus: "PREPARING_PRODUCT" });
  await actAs(null);

  const jpy = (sku: Sku, quantity: number, catalogId: string) => ({ sku, quantity, unitPrice: sku.productId === coat.id ? 30_000 : 10_000, catalogId });
  const i1 = await insertOrder({ brandId, buyerId: b2.id, source: "ORDER_LINK", link: ref(customer), catalogId: ss.id, currency: "JPY", createdAt: tokyo("2026-02-10", "10:00"), status: "OC_CONFIRMED", releaseStatus: "PARTIALLY_SHIPPED", shipCountry: "JP", shipRegion: "Tokyo", lines: [jpy(navyS, 3, ss.id)] });
  const i2 = await insertOrder({ brandId, buyerId: b2.id, source: "ORDER_LINK", link: ref(instant), catalogId: ss.id, currency: "JPY", createdAt: tokyo("2026-02-11", "09:00"), status: "CANCELLED", shipCountry: "JP", shipRegion: "Kyoto", contact: { name: "Jiro Offline", email: "jiro@offline.example", phone: null }, lines: [jpy(ecruS, 1, ss.id)] });
  const i3 = await insertOrder({ brandId, buyerId: g1.id, source: "ORDER_LINK", link: ref(instant), catalogId: ss.id, currency: "JPY", createdAt: tokyo("2026-02-12", "12:00"), status: "ORDER_REJECTED", shipCountry: "JP", shipRegion: "Tokyo", contact: { name: "Hanako Guest", email: "hanako@guest.example", phone: "+81 3 9999 0000" }, lines: [jpy(navyS, 1, ss.id)] });
  const i6 = await insertOrder({ brandId, buyerId: b4.id, source: "ORDER_LINK", link: ref(dynamic), catalogId: ss.id, currency: "USD", createdAt: tokyo("2026-02-15", "08:00"), shipCountry: "FR", contact: { name: "Marie Paris", email: "marie@paris.example" }, lines: [{ sku: navyS, quantity: 2, unitPrice: 7_000, catalogId: ss.id }] });
  const i4 = await insertOrder({ brandId, buyerId: b1.id, source: "ORDER_LINK", link: ref(oldInstant), catalogId: ss.id, currency: "JPY", createdAt: tokyo("2026-02-20", "15:00"), shipCountry: "JP", shipRegion: null, lines: [jpy(navyM, 1, ss.id)] });
  const i7 = await insertOrder({ brandId, buyerId: b3.id, source: "STANDARD_ORDER", catalogId: ss.id, currency: "JPY", createdAt: tokyo("2026-02-25", "10:00"), status: "CANCELLED", shipCountry: "JP", shipRegion: "Kyoto", lines: [jpy(navyM, 1, ss.id)] });
  const i5 = await insertOrder({ brandId, buyerId: b3.id, source: "STANDARD_ORDER", catalogId: aw.id, currency: "JPY", createdAt: tokyo("2026-03-20", "11:00"), status: "OC_CONFIRMED", releaseStatus: "NOT_YET_RELEASED", shipCountry: "JP", shipRegion: "Kyoto", lines: [jpy(greyL, 1, aw.id)] });
  // The link goes; its order keeps its channel (INSTANT) and loses the link.
  await prisma.orderLink.delete({ where: { id: oldInstant.id } });

  const allOrders = await prisma.order.findMany({ where: { brandId }, select: { id: true } });
  const allTag = await prisma.tag.create({ data: { brandId, name: "All orders" } });
  const fairTag = await prisma.tag.create({ data: { brandId, name: "Fair" } });
  await prisma.orderTag.createMany({ data: [...allOrders.map((o) => ({ orderId: o.id, tagId: allTag.id })), { orderId: r1.id, tagId: fairTag.id }, { orderId: i1, tagId: fairTag.id }] });

  // ── Brand Z: same days, same time zone; one of its orders is by A's buyer B1 (not connected to Z). ──
  const z = await createBrand({ currency: "JPY" });
  await prisma.brand.update({ where: { id: z.brand.id }, data: { timeZone: "Asia/Tokyo" } });
  const zCatalog = await prisma.catalog.create({ data: { brandId: z.brand.id, name: "Z season", status: "OPEN", publicationDate: new Date("2026-01-01T00:00:00Z") } });
  const zProduct = await product(z.brand.id, "Z Tee", { JPY: 5_000, USD: 4_000 }, [["White", "M", 0]]);
  const zLink = await link(z.brand.id, "INSTANT", "Spring instant Z", [zCatalog.id], "JPY");
  const zTag = await prisma.tag.create({ data: { brandId: z.brand.id, name: "All orders" } });
  const zLine = (quantity: number, unitPrice: number) => [{ sku: zProduct.skus[0], quantity, unitPrice, catalogId: zCatalog.id }];
  const zOrders = [
    await insertOrder({ brandId: z.brand.id, buyerId: b1.id, source: "STANDARD_ORDER", catalogId: zCatalog.id, currency: "JPY", createdAt: tokyo("2026-01-20", "10:00"), shipCountry: "JP", shipRegion: "Tokyo", lines: zLine(5, 5_000) }),
    await insertOrder({ brandId: z.brand.id, buyerId: z.buyer.id, source: "ORDER_LINK", link: ref(zLink), catalogId: zCatalog.id, currency: "JPY", createdAt: tokyo("2026-02-02", "23:45"), shipCountry: "JP", shipRegion: "Tokyo", lines: zLine(7, 5_000) }),
    await insertOrder({ brandId: z.brand.id, buyerId: z.offlineBuyer.id, source: "ORDER_LINK", link: ref(zLink), catalogId: zCatalog.id, currency: "USD", createdAt: tokyo("2026-03-05", "12:00"), shipCountry: "US", shipRegion: "NY", lines: zLine(3, 4_000) }),
  ];
  await prisma.orderTag.createMany({ data: zOrders.map((orderId) => ({ orderId, tagId: zTag.id })) });

  return {
    a,
    brandId,
    buyers: { b1, b2, b3, b4, g1, g2 },
    catalogs: { ss, aw, archive, future },
    products: { shirt, coat, socks },
    links: { instant, dynamic, customer, oldInstant },
    tags: { all: allTag, fair: fairTag },
    orders: { r1: r1.id, r2: r2.id, r3: r3.id, r4: r4.id, i1, i2, i3, i4, i5, i6, i7 },
    z: { ...z, brandId: z.brand.id, catalog: zCatalog, product: zProduct, link: zLink, tag: zTag, orders: zOrders },
  };
}

export type ReportWorld = Awaited<ReturnType<typeof createReportWorld>>;
