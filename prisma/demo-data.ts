// Demo data covering every state a screen can show. Idempotent: does nothing when the demo
// brands already exist. Deterministic (a seeded random generator), so every run looks the same.
// Behind the hand-made orders in every state, months of sales history (prisma/demo-history) give
// Reports seasons, channels, buyers and regions to chart; it holds the older dates and lower numbers.
import { randomUUID } from "node:crypto";
import { hashSecret } from "../lib/auth/password";
import type { PrismaClient } from "../lib/db/generated/client";
import type { BrandRole, ConnectionStatus, Language, OrderStatus, ProductSaleMode, ReleaseStatus, ReleaseFailureReason } from "../lib/db/generated/enums";
import type { MinimumOrderSetting } from "../lib/order-rules/minimum-order-value";
import type { OrderEventType } from "../lib/orders/order-events";
import { hasOrderRules } from "../lib/order-rules/product-rules";
import { unitPrice } from "../lib/pricing/unit-price";
import { quoteShipping } from "../lib/checkout/shipping-fee";
import { releaseFailureDetails } from "../lib/shipping/release-failure";
import { bulkInsert } from "./bulk-insert";
import { HISTORY_PLANS } from "./demo-history/plan";
import { buildDemoHistory, type DemoBuyer, type DemoCatalog, type DemoProduct, type HistoryInput } from "./demo-history/history";

export const DEMO_PASSWORD = "demo-pass-2026";

export const DEMO_ACCOUNTS = [
  { email: "owner@aoyama.example", name: "Haruka Sato", brands: [["aoyama-atelier", "OWNER"]] },
  { email: "admin@aoyama.example", name: "Kenji Watanabe", brands: [["aoyama-atelier", "ADMIN"]] },
  { email: "staff@aoyama.example", name: "Yui Tanaka", brands: [["aoyama-atelier", "STAFF"]] },
  { email: "ops@aoyama.example", name: "Daiki Kobayashi", brands: [["aoyama-atelier", "OPS"]] },
  { email: "owner@northwind.example", name: "Olivia Carter", brands: [["northwind-supply", "OWNER"]] },
  { email: "staff@northwind.example", name: "Marcus Reed", brands: [["northwind-supply", "STAFF"]] },
  { email: "ops@northwind.example", name: "Priya Shah", brands: [["northwind-supply", "OPS"]] },
  { email: "manager@both.example", name: "Emi Nakamura", brands: [["aoyama-atelier", "ADMIN"], ["northwind-supply", "STAFF"]] },
] as const satisfies readonly { email: string; name: string; brands: readonly (readonly [string, BrandRole])[] }[];

export const DEMO_BUYER_USERS = [
  { email: "buyer@shibuya-select.example", name: "Aiko Mori", buyers: ["Shibuya Select", "Kyoto Goods Store"] },
  { email: "buyer@osaka-loft.example", name: "Takumi Ito", buyers: ["Osaka Loft"] },
  { email: "buyer@brooklyn-mercantile.example", name: "Sam Rivera", buyers: ["Brooklyn Mercantile"] },
  { email: "buyer@portland-provisions.example", name: "Jordan Lee", buyers: ["Portland Provisions"] },
  { email: "buyer@maison-lumiere.example", name: "Camille Martin", buyers: ["Maison Lumière"] },
  { email: "buyer@berlin-concept.example", name: "Lukas Becker", buyers: ["Berlin Concept Store"] },
  { email: "buyer@seoul-edit.example", name: "Minji Park", buyers: ["Seoul Edit"] },
] as const;

/** Offline buyers log in to Customer Order Links with these (set by their brand). */
export const DEMO_OFFLINE_LOGINS = [
  { buyer: "Sapporo Outfitters", email: "orders@sapporo-outfitters.example", password: "sapporo-2026" },
  { buyer: "Austin Threads", email: "orders@austin-threads.example", password: "austin-2026" },
] as const;

/** Brand-specific credentials (unique code + passcode) of some connections. */
export const DEMO_BRAND_CREDENTIALS = [
  { brand: "aoyama-atelier", buyer: "Shibuya Select", code: "AA-SHIBUYA", passcode: "482913" },
  { brand: "northwind-supply", buyer: "Brooklyn Mercantile", code: "NW-BROOKLYN", passcode: "731845" },
] as const;

/** Buyers connected to a demo brand with this status: the demo's own and, connected, the sales history's new buyers (a guest's first order connects it). */
export function demoConnectionCount(slug: string, status: ConnectionStatus): number {
  const own = CONNECTIONS[slug].filter((c) => c.status === status).length;
  return own + (status === "CONNECTED" ? HISTORY_PLANS[slug].newBuyers.length : 0);
}

const DAY = 24 * 60 * 60 * 1000;
/** The demo buyers were connected before the sales history (prisma/demo-history) begins. */
const KNOWN_SINCE = -300;
/** Order links were made before the history's first order through them, and voided after its last. */
const LINKS_MADE = -280;
const LINKS_VOIDED = -35;

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

type BuyerSpec = { name: string; country: string; ownership: "CUSTOMER_OWNED" | "OFFLINE"; owner?: string; email: string; contact: string; city: string; region: string | null; postal: string; line1: string };

const BUYERS: BuyerSpec[] = [
  { name: "Shibuya Select", country: "JP", ownership: "CUSTOMER_OWNED", email: "buyer@shibuya-select.example", contact: "Aiko Mori", city: "Shibuya-ku, Tokyo", region: "Tokyo", postal: "150-0041", line1: "1-2-3 Jinnan" },
  { name: "Kyoto Goods Store", country: "JP", ownership: "CUSTOMER_OWNED", email: "shop@kyoto-goods.example", contact: "Aiko Mori", city: "Kyoto", region: "Kyoto", postal: "604-8005", line1: "88 Sanjo-dori" },
  { name: "Osaka Loft", country: "JP", ownership: "CUSTOMER_OWNED", email: "buyer@osaka-loft.example", contact: "Takumi Ito", city: "Osaka", region: "Osaka", postal: "542-0086", line1: "2-9 Nishishinsaibashi" },
  { name: "Brooklyn Mercantile", country: "US", ownership: "CUSTOMER_OWNED", email: "buyer@brooklyn-mercantile.example", contact: "Sam Rivera", city: "Brooklyn, NY", region: "NY", postal: "11211", line1: "145 Wythe Ave" },
  { name: "Portland Provisions", country: "US", ownership: "CUSTOMER_OWNED", email: "buyer@portland-provisions.example", contact: "Jordan Lee", city: "Portland, OR", region: "OR", postal: "97209", line1: "1020 NW 13th Ave" },
  { name: "Maison Lumière", country: "FR", ownership: "CUSTOMER_OWNED", email: "buyer@maison-lumiere.example", contact: "Camille Martin", city: "Paris", region: "Île-de-France", postal: "75003", line1: "12 Rue de Bretagne" },
  { name: "Berlin Concept Store", country: "DE", ownership: "CUSTOMER_OWNED", email: "buyer@berlin-concept.example", contact: "Lukas Becker", city: "Berlin", region: "Berlin", postal: "10119", line1: "Torstraße 101" },
  { name: "Seoul Edit", country: "KR", ownership: "CUSTOMER_OWNED", email: "buyer@seoul-edit.example", contact: "Minji Park", city: "Seoul", region: "Seoul", postal: "04779", line1: "17 Seongsui-ro" },
  { name: "Sapporo Outfitters", country: "JP", ownership: "OFFLINE", owner: "aoyama-atelier", email: "orders@sapporo-outfitters.example", contact: "Ren Suzuki", city: "Sapporo", region: "Hokkaido", postal: "060-0061", line1: "4-1 Minami 1-jo" },
  { name: "Nagoya Boutique", country: "JP", ownership: "OFFLINE", owner: "aoyama-atelier", email: "info@nagoya-boutique.example", contact: "Mai Kato", city: "Nagoya", region: "Aichi", postal: "460-0008", line1: "3-5 Sakae" },
  { name: "Austin Threads", country: "US", ownership: "OFFLINE", owner: "northwind-supply", email: "orders@austin-threads.example", contact: "Casey Morgan", city: "Austin, TX", region: "TX", postal: "78701", line1: "600 Congress Ave" },
  { name: "Lyon Atelier", country: "FR", ownership: "OFFLINE", owner: "northwind-supply", email: "contact@lyon-atelier.example", contact: "Julien Moreau", city: "Lyon", region: "Auvergne-Rhône-Alpes", postal: "69002", line1: "8 Rue Mercière" },
];

type ConnectionSpec = { buyer: string; status: ConnectionStatus; currency: string; language: Language; discount: number; terms: string };

const CONNECTIONS: Record<string, ConnectionSpec[]> = {
  "aoyama-atelier": [
    { buyer: "Shibuya Select", status: "CONNECTED", currency: "JPY", language: "JA", discount: 10, terms: "Net 30" },
    { buyer: "Kyoto Goods Store", status: "CONNECTED", currency: "JPY", language: "JA", discount: 5, terms: "Net 30" },
    { buyer: "Osaka Loft", status: "CLOSED", currency: "JPY", language: "JA", discount: 0, terms: "Prepayment" },
    { buyer: "Seoul Edit", status: "CONNECTED", currency: "USD", language: "EN", discount: 0, terms: "Prepayment" },
    { buyer: "Sapporo Outfitters", status: "CONNECTED", currency: "JPY", language: "JA", discount: 8, terms: "Net 45" },
    { buyer: "Nagoya Boutique", status: "CLOSED", currency: "JPY", language: "JA", discount: 0, terms: "Net 30" },
  ],
  "northwind-supply": [
    { buyer: "Brooklyn Mercantile", status: "CONNECTED", currency: "USD", language: "EN", discount: 12, terms: "Net 30" },
    { buyer: "Portland Provisions", status: "CLOSED", currency: "USD", language: "EN", discount: 0, terms: "Net 30" },
    { buyer: "Maison Lumière", status: "CONNECTED", currency: "EUR", language: "EN", discount: 5, terms: "Net 60" },
    { buyer: "Berlin Concept Store", status: "CONNECTED", currency: "EUR", language: "EN", discount: 0, terms: "Prepayment" },
    { buyer: "Shibuya Select", status: "CONNECTED", currency: "USD", language: "EN", discount: 0, terms: "Prepayment" },
    { buyer: "Austin Threads", status: "CONNECTED", currency: "USD", language: "EN", discount: 7, terms: "Net 30" },
    { buyer: "Lyon Atelier", status: "CONNECTED", currency: "EUR", language: "EN", discount: 3, terms: "Net 30" },
  ],
};

type BrandSpec = {
  slug: string; name: string; homeCountry: string; defaultCurrency: string; prefix: string; stripe: boolean; nextEngine: boolean;
  language: "EN" | "JA"; timeZone: string;
  currencies: { code: string; factor: number }[]; // price in this currency = base * factor (minor units)
  productNames: string[]; colors: string[]; sizes: string[]; baseRange: [number, number];
  /** Minimum order value per currency (minor units), and the currency of the Dynamic Brand Link's own. */
  minimumOrder?: MinimumOrderSetting; linkMinimumOrder?: MinimumOrderSetting;
  /** Order rules of some products, by their index in productNames. */
  rules?: Record<number, ProductRulesSpec>;
};

type ProductRulesSpec = {
  minQuantity?: number; minQuantityPerSku?: number; orderMultiple?: number; saleMode?: ProductSaleMode;
  prepacks?: { name: string; sizes: [string, number][] }[];
};

const BRANDS: BrandSpec[] = [
  {
    slug: "aoyama-atelier", name: "Aoyama Atelier", homeCountry: "JP", defaultCurrency: "JPY", prefix: "AA", stripe: false, nextEngine: true,
    language: "JA", timeZone: "Asia/Tokyo",
    currencies: [{ code: "JPY", factor: 1 }, { code: "USD", factor: 0.7 }],
    productNames: ["Linen Shirt", "Wide Chino", "Cotton Tee", "Wool Cardigan", "Denim Jacket", "Pleated Skirt", "Knit Vest", "Canvas Tote", "Field Coat", "Relaxed Hoodie", "Oxford Shirt", "Easy Pants", "Mohair Sweater", "Work Jacket", "Boat Neck Tee", "Balloon Skirt", "Quilted Liner", "Cropped Trousers", "Silk Scarf", "Leather Belt", "Bucket Hat", "Rib Socks", "Cord Jacket", "Flannel Shirt", "Cashmere Stole", "Apron Dress", "Nylon Parka", "Pique Polo", "Tapered Denim", "Merino Crew"],
    colors: ["Ecru", "Navy", "Charcoal"], sizes: ["S", "M", "L"], baseRange: [3800, 42000],
    minimumOrder: { JPY: { amount: 30000, firstOrder: 50000 } }, linkMinimumOrder: { USD: { amount: 30000, firstOrder: null } },
    rules: {
      // Cotton Tee: size runs per colour, sold in prepacks only.
      2: { saleMode: "PACKS_ONLY", prepacks: [{ name: "Size run A", sizes: [["S", 1], ["M", 2], ["L", 1]] }, { name: "Size run B", sizes: [["S", 2], ["M", 2], ["L", 2]] }] },
      // Knit Vest: a size run or single units, at least 6 in all.
      6: { saleMode: "PACKS_AND_SINGLES", minQuantity: 6, prepacks: [{ name: "Size run", sizes: [["S", 1], ["M", 2], ["L", 1]] }] },
      // Oxford Shirt: sold in cases of 6, at least 12 per order.
      10: { orderMultiple: 6, minQuantity: 12 },
    },
  },
  {
    slug: "northwind-supply", name: "Northwind Supply Co.", homeCountry: "US", defaultCurrency: "USD", prefix: "NW", stripe: true, nextEngine: false,
    language: "EN", timeZone: "America/New_York",
    currencies: [{ code: "USD", factor: 1 }, { code: "EUR", factor: 0.92 }],
    productNames: ["Trail Backpack", "Camp Mug", "Waxed Cap", "Flannel Overshirt", "Fleece Pullover", "Canvas Apron", "Rain Shell", "Wool Beanie", "Duffel Bag", "Chore Coat", "Hiking Sock", "Thermal Henley", "Utility Vest", "Down Jacket", "Ripstop Pants", "Enamel Plate", "Leather Gloves", "Bandana", "Sling Bag", "Shirt Jacket", "Merino Tee", "Cargo Shorts", "Puffer Vest", "Camp Blanket", "Work Shirt", "Denim Overall", "Rain Hat", "Base Layer", "Cord Pants", "Field Watch Strap"],
    colors: ["Olive", "Rust", "Black"], sizes: ["S", "M", "L", "XL"], baseRange: [1500, 18000],
  },
];

export async function seedDemoData(prisma: PrismaClient, now = new Date()): Promise<{ seeded: boolean }> {
  const existing = await prisma.brand.findUnique({ where: { slug: BRANDS[0].slug } });
  if (existing) return { seeded: false };

  const random = rng(20261126);
  const at = (days: number) => new Date(now.getTime() + days * DAY);
  const passwordHash = await hashSecret(DEMO_PASSWORD);

  const brands = new Map<string, { id: string; spec: BrandSpec }>();
  for (const spec of BRANDS) {
    const brand = await prisma.brand.create({
      data: {
        name: spec.name, slug: spec.slug, homeCountry: spec.homeCountry, defaultCurrency: spec.defaultCurrency, orderPrefix: spec.prefix, stripeEnabled: spec.stripe,
        nextEngineEnabled: spec.nextEngine, language: spec.language, timeZone: spec.timeZone, minimumOrder: spec.minimumOrder,
      },
    });
    brands.set(spec.slug, { id: brand.id, spec });
  }

  const users = new Map<string, string>();
  for (const account of [...DEMO_ACCOUNTS, ...DEMO_BUYER_USERS]) {
    const user = await prisma.user.create({ data: { email: account.email, name: account.name, passwordHash } });
    users.set(account.email, user.id);
  }
  for (const account of DEMO_ACCOUNTS) {
    for (const [slug, role] of account.brands) {
      await prisma.brandMember.create({ data: { brandId: brands.get(slug)!.id, userId: users.get(account.email)!, role } });
    }
  }

  const buyers = new Map<string, { id: string; spec: BuyerSpec; addressId: string }>();
  for (const spec of BUYERS) {
    const login = DEMO_OFFLINE_LOGINS.find((l) => l.buyer === spec.name);
    const buyer = await prisma.buyer.create({
      data: {
        name: spec.name, country: spec.country, ownership: spec.ownership, ownerBrandId: spec.owner ? brands.get(spec.owner)!.id : null,
        contactName: spec.contact, email: spec.email, phone: "+00 000 0000", createdAt: at(KNOWN_SINCE),
        linkLoginEmail: login?.email, linkLoginPasswordHash: login ? await hashSecret(login.password) : null,
        addresses: { create: { label: "Shop", recipientName: spec.contact, line1: spec.line1, city: spec.city, region: spec.region, postalCode: spec.postal, country: spec.country, isDefault: true } },
      },
      include: { addresses: true },
    });
    buyers.set(spec.name, { id: buyer.id, spec, addressId: buyer.addresses[0].id });
  }
  for (const account of DEMO_BUYER_USERS) {
    for (const [i, name] of account.buyers.entries()) {
      await prisma.buyerMember.create({ data: { buyerId: buyers.get(name)!.id, userId: users.get(account.email)!, role: i === 0 ? "OWNER" : "MEMBER" } });
    }
  }

  for (const [slug, specs] of Object.entries(CONNECTIONS)) {
    for (const c of specs) {
      const credentials = DEMO_BRAND_CREDENTIALS.find((d) => d.brand === slug && d.buyer === c.buyer);
      await prisma.connection.create({
        data: {
          brandId: brands.get(slug)!.id, buyerId: buyers.get(c.buyer)!.id, status: c.status, currency: c.currency, language: c.language,
          discountRate: c.discount, paymentTerms: c.terms, uniqueCode: credentials?.code, passcodeHash: credentials ? await hashSecret(credentials.passcode) : null,
          createdAt: at(KNOWN_SINCE),
        },
      });
    }
  }

  for (const { id: brandId, spec } of brands.values()) {
    await seedBrandCatalog(prisma, brandId, spec, random, at, buyers, users);
  }
  return { seeded: true };
}

async function seedBrandCatalog(
  prisma: PrismaClient, brandId: string, spec: BrandSpec, random: () => number, at: (days: number) => Date,
  buyers: Map<string, { id: string; spec: BuyerSpec; addressId: string }>, users: Map<string, string>,
) {
  const jp = spec.slug === "aoyama-atelier";
  const owner = await prisma.brandMember.findFirstOrThrow({ where: { brandId, role: "OWNER" }, include: { user: true } });

  // Products and SKUs: colour × size matrix, prices per currency, varied stock.
  const products: DemoProduct[] = [];
  for (const [i, name] of spec.productNames.entries()) {
    const code = `${spec.prefix}-${String(1001 + i)}`;
    const base = Math.round((spec.baseRange[0] + random() * (spec.baseRange[1] - spec.baseRange[0])) / 100) * 100;
    const { prepacks, ...rules } = spec.rules?.[i] ?? {};
    const product = await prisma.product.create({
      data: {
        brandId, productCode: code, name, description: `${name} from the ${spec.name} line.`,
        deliveryName: i === 7 ? null : `${name} (${code})`, // one product without a delivery name: its orders fail to release
        discountRate: i === 3 ? 15 : null,
        ...rules,
        prepacks: prepacks && {
          create: prepacks.map((p, position) => ({ brandId, name: p.name, position, sizes: { create: p.sizes.map(([size, quantity], k) => ({ size, quantity, position: k })) } })),
        },
      },
      include: { prepacks: { orderBy: { position: "asc" }, select: { id: true, name: true, sizes: { orderBy: { position: "asc" }, select: { size: true, quantity: true } } } } },
    });
    // One round trip for the SKUs and one for their prices (ids made here to link them).
    const skus: (typeof products)[number]["skus"] = [];
    const skuRows = [];
    const priceRows = [];
    let position = 0;
    for (const color of spec.colors) {
      for (const size of spec.sizes) {
        const skuCode = `${code}-${color.slice(0, 3).toUpperCase()}-${size}`;
        const stock = i === 5 ? 0 : Math.floor(random() * 40) + (i % 4 === 0 ? 0 : 5);
        const prices: Record<string, number> = {};
        for (const currency of spec.currencies) prices[currency.code] = Math.round(base * currency.factor);
        const id = randomUUID();
        skuRows.push({ id, brandId, productId: product.id, code: skuCode, color, size, stockQuantity: stock, position: position++ });
        for (const c of spec.currencies) priceRows.push({ skuId: id, currency: c.code, wholesalePrice: prices[c.code], retailPrice: Math.round(prices[c.code] * 2.2) });
        skus.push({ id, code: skuCode, color, size, prices });
      }
    }
    await prisma.sku.createMany({ data: skuRows });
    await prisma.skuPrice.createMany({ data: priceRows });
    products.push({
      id: product.id, code, name, skus, deliveryName: product.deliveryName, discountRate: product.discountRate === null ? null : Number(product.discountRate),
      rules: {
        productId: product.id, minQuantity: product.minQuantity, maxQuantity: product.maxQuantity, minQuantityPerSku: product.minQuantityPerSku,
        orderMultiple: product.orderMultiple, saleMode: product.saleMode, prepacks: product.prepacks,
      },
    });
  }

  // Catalogs in every status, with dates in the past and the future. Each brand has a previous
  // season and a current one, which the sales history (prisma/demo-history) sells; the plan there
  // names catalogs by their index here.
  const catalogSpecs = jp
    ? [
        { name: "2027 Spring/Summer", season: "SS27", status: "OPEN", pub: -100, deadline: 45, products: [0, 14] },
        { name: "2026 Autumn/Winter", season: "AW26", status: "OPEN", pub: -260, deadline: -20, products: [14, 24] },
        { name: "Tokyo Exclusive Capsule", season: "SS27", status: "LIMITED", pub: -60, deadline: 30, products: [24, 28], limitedTo: ["Shibuya Select"] },
        { name: "2027 Pre-Fall Preview", season: "PF27", status: "OPEN", pub: 20, deadline: 90, products: [20, 30], preview: true },
        { name: "Archive Samples", season: null, status: "CLOSED", pub: -400, deadline: -300, products: [0, 5] },
      ]
    : [
        { name: "Core Collection", season: "Core", status: "OPEN", pub: -365, deadline: 120, products: [0, 16] },
        { name: "Holiday 2026", season: "HO26", status: "LIMITED", pub: -60, deadline: 10, products: [16, 22], limitedTo: ["Brooklyn Mercantile"] },
        { name: "Spring 2027", season: "SP27", status: "OPEN", pub: 25, deadline: 100, products: [22, 30], preview: true },
        { name: "Discontinued Styles", season: null, status: "CLOSED", pub: -500, deadline: -400, products: [10, 14] },
        { name: "Fall/Winter 2026", season: "FW26", status: "OPEN", pub: -130, deadline: 20, products: [3, 14] },
        { name: "Spring/Summer 2026", season: "SS26", status: "CLOSED", pub: -270, deadline: -120, products: [14, 22] },
      ];
  const catalogs: (DemoCatalog & { productIds: string[] })[] = [];
  for (const c of catalogSpecs) {
    const range = products.slice(c.products[0], c.products[1]);
    const catalog = await prisma.catalog.create({
      data: {
        brandId, name: c.name, season: c.season, status: c.status as "OPEN" | "LIMITED" | "CLOSED", publicationDate: at(c.pub), orderDeadline: at(c.deadline),
        products: { create: range.map((p, position) => ({ productId: p.id, position, discountRate: position === 1 ? 20 : null })) },
        buyerAccess: c.limitedTo ? { create: c.limitedTo.map((name) => ({ buyerId: buyers.get(name)!.id })) } : undefined,
      },
    });
    catalogs.push({
      id: catalog.id, name: c.name, season: c.season, discountRate: null, pub: c.pub, deadline: c.deadline, productIds: range.map((p) => p.id),
      products: range.map((p, position) => ({ productId: p.id, discountRate: position === 1 ? 20 : null })),
    });
  }

  // Lookbooks, Public and Draft.
  const lookbooks = [];
  for (const [name, status] of [[jp ? "SS27 Lookbook" : "Core Lookbook", "PUBLIC"], [jp ? "AW26 Lookbook (draft)" : "Holiday Lookbook (draft)", "DRAFT"]] as const) {
    lookbooks.push(await prisma.lookbook.create({ data: { brandId, name, status } }));
  }

  // Shipping rate groups per currency and country.
  const rateGroupSpecs = jp
    ? [
        { name: "Domestic (Japan)", currency: "JPY", country: "JP", rates: [{ name: "Standard", min: 0, max: 29999, fee: 1000 }, { name: "Free over ¥30,000", min: 30000, max: null, fee: 0 }] },
        { name: "International (JPY)", currency: "JPY", country: null, rates: [{ name: "EMS", min: 0, max: null, fee: 5000 }] },
        { name: "International (USD)", currency: "USD", country: null, rates: [{ name: "EMS", min: 0, max: null, fee: 4500 }] },
      ]
    : [
        { name: "US Ground", currency: "USD", country: "US", rates: [{ name: "Ground", min: 0, max: 49999, fee: 1500 }, { name: "Free over $500", min: 50000, max: null, fee: 0 }] },
        { name: "International (USD)", currency: "USD", country: null, rates: [{ name: "Express", min: 0, max: null, fee: 4500 }] },
        { name: "Europe (EUR)", currency: "EUR", country: null, rates: [{ name: "Express", min: 0, max: null, fee: 3900 }] },
      ];
  const rateGroups = [];
  for (const g of rateGroupSpecs) {
    rateGroups.push(
      await prisma.shippingRateGroup.create({
        data: { brandId, name: g.name, currency: g.currency, country: g.country, rates: { create: g.rates.map((r) => ({ name: r.name, minAmount: r.min, maxAmount: r.max, fee: r.fee })) } },
      }),
    );
  }
  await prisma.catalogShippingRateGroup.create({ data: { catalogId: catalogs[0].id, rateGroupId: rateGroups[0].id } });

  const tags = [];
  for (const name of ["VIP", "Trade show", "Rush", "Gift wrap"]) tags.push(await prisma.tag.create({ data: { brandId, name } }));

  // Order links of all three types, Open and Void, with dates before and after now. Northwind's
  // seasons are catalogs 4 (current) and 5 (previous): its links carry them where Aoyama's carry 0 and 1.
  const t = spec.prefix.toLowerCase();
  const preview = catalogSpecs.findIndex((c) => "preview" in c && c.preview);
  const linkSpecs = [
    { type: "INSTANT", token: `${t}-instant-open-7Jq2kP9xWm`, name: "Trade show — instant order", status: "OPEN", catalogs: jp ? [0] : [0, 4], currency: spec.defaultCurrency, discount: 0 },
    { type: "INSTANT", token: `${t}-instant-void-4Ls8dN1vQz`, name: "Pop-up event (stopped)", status: "VOID", catalogs: jp ? [1] : [5], currency: spec.defaultCurrency, discount: 0 },
    { type: "DYNAMIC_BRAND", token: `${t}-dynamic-open-9Tr5hC3bXe`, name: "All current collections", status: "OPEN", catalogs: jp ? [0, 1] : [0, 1, 4], currency: spec.currencies[1].code, discount: 5, minimumOrder: spec.linkMinimumOrder },
    { type: "DYNAMIC_BRAND", token: `${t}-dynamic-void-2Gk7wF6yUa`, name: "Last season wrap-up (stopped)", status: "VOID", catalogs: jp ? [1] : [5], currency: spec.defaultCurrency, discount: 10 },
    { type: "CUSTOMER", token: `${t}-customer-open-5Hn3mV8rJc`, name: "Key accounts — current season", status: "OPEN", catalogs: jp ? [0, 2] : [0, 4, 2], passcode: null },
    { type: "CUSTOMER", token: `${t}-customer-pass-8Bx1qS4tLd`, name: "Key accounts — with passcode", status: "OPEN", catalogs: [0], passcode: "spring27" },
    { type: "CUSTOMER", token: `${t}-customer-view-3Wp6zR2nYf`, name: "Digital catalog (view-only)", status: "OPEN", catalogs: [0, 1], viewOnly: true },
    { type: "CUSTOMER", token: `${t}-customer-soon-6Vd9cK5gHs`, name: "Next season preview (not yet open)", status: "OPEN", catalogs: [preview], releaseAt: at(14) },
    { type: "CUSTOMER", token: `${t}-customer-past-1Qm4xT7jBn`, name: "Last season reorders (expired)", status: "OPEN", catalogs: jp ? [1] : [5], expiresAt: at(-3) },
    { type: "CUSTOMER", token: `${t}-customer-void-0Fy8sL3kPw`, name: "Old key accounts link (stopped)", status: "VOID", catalogs: jp ? [1] : [5] },
  ] as const;
  const links = [];
  for (const l of linkSpecs) {
    const terms = "currency" in l ? { currency: l.currency, language: (jp && l.currency === "JPY" ? "JA" : "EN") as Language, discountRate: l.discount } : {};
    links.push(
      await prisma.orderLink.create({
        data: {
          brandId, type: l.type, token: l.token, name: l.name, status: l.status, createdById: owner.userId, createdAt: at(LINKS_MADE),
          viewOnly: "viewOnly" in l ? l.viewOnly : false,
          passcodeHash: "passcode" in l && l.passcode ? await hashSecret(l.passcode) : null,
          releaseAt: "releaseAt" in l ? l.releaseAt : null,
          expiresAt: "expiresAt" in l ? l.expiresAt : null,
          offlineBuyerTransition: l.type === "CUSTOMER" && l.status === "OPEN" && !("viewOnly" in l),
          description: "Demo link",
          ...terms,
          minimumOrder: "minimumOrder" in l ? l.minimumOrder : undefined,
          catalogs: { create: l.catalogs.map((index, position) => ({ catalogId: catalogs[index].id, position })) },
          lookbooks: { create: [{ lookbookId: lookbooks[0].id }, { lookbookId: lookbooks[1].id }] },
          shippingRateGroups: l.type === "CUSTOMER" ? { create: [{ rateGroupId: rateGroups[0].id }] } : undefined,
          contacts: { create: [{ firstName: owner.user.name.split(" ")[0], lastName: owner.user.name.split(" ")[1] ?? "", email: owner.user.email, phone: "+00 000 0000", note: "Sales contact" }] },
        },
      }),
    );
    await prisma.auditEvent.create({ data: { brandId, actorUserId: owner.userId, actorLabel: owner.user.name, entityType: "OrderLink", entityId: links.at(-1)!.id, action: "link.create", toStatus: "OPEN", createdAt: at(LINKS_MADE) } });
    if (l.status === "VOID") {
      await prisma.auditEvent.create({ data: { brandId, actorUserId: owner.userId, actorLabel: owner.user.name, entityType: "OrderLink", entityId: links.at(-1)!.id, action: "status.update", fromStatus: "OPEN", toStatus: "VOID", createdAt: at(LINKS_VOIDED) } });
    }
  }

  // The rate group and rate a checkout would have picked, so the shipping desk's Shipping option
  // column and filter have something to show.
  const rateInputs = rateGroups.map((g, k) => ({ ...g, rates: rateGroupSpecs[k].rates.map((r) => ({ name: r.name, minAmount: r.min, maxAmount: r.max, fee: r.fee })) }));

  // Months of sales before the orders below, which keep the newest dates and order numbers.
  const ops = await prisma.brandMember.findFirstOrThrow({ where: { brandId, role: "OPS" }, include: { user: true } });
  const historyOrders = await seedSalesHistory(prisma, {
    now: at(0), newId: randomUUID,
    brand: { id: brandId, slug: spec.slug, homeCountry: spec.homeCountry, timeZone: spec.timeZone, minimumOrder: spec.minimumOrder ?? null },
    staff: { owner: { id: owner.userId, name: owner.user.name }, ops: { id: ops.userId, name: ops.user.name } },
    catalogs, products, rateGroups: rateInputs, tags,
    links: links.map((l) => ({
      id: l.id, name: l.name, type: l.type, currency: l.currency, language: l.language, discountRate: Number(l.discountRate ?? 0),
      minimumOrder: (l.minimumOrder as MinimumOrderSetting | null) ?? null,
    })),
    buyers: CONNECTIONS[spec.slug].map((c) => demoBuyer(buyers.get(c.buyer)!, c, spec.slug, users)),
  });

  // Orders in every order-confirmation and To Ship state.
  // The demo buyers' connections in their spec's order (the history added more buyers).
  const names = CONNECTIONS[spec.slug].map((c) => c.buyer);
  const connections = (await prisma.connection.findMany({ where: { brandId, buyerId: { in: names.map((name) => buyers.get(name)!.id) } }, include: { buyer: true } }))
    .sort((a, b) => names.indexOf(a.buyer.name) - names.indexOf(b.buyer.name));
  type OrderState = { status: OrderStatus; release?: ReleaseStatus; failure?: ReleaseFailureReason; tag?: number; noAddress?: boolean; badProduct?: boolean };
  const states: OrderState[] = [
    { status: "PLEASE_CREATE_OC" }, { status: "PLEASE_CREATE_OC" }, { status: "PLEASE_CREATE_OC", noAddress: true },
    { status: "OC_CREATED" }, { status: "OC_CREATED" },
    { status: "OC_APPROVED" }, { status: "OC_APPROVED", tag: 0 },
    { status: "OC_CONFIRMED", release: "NOT_YET_RELEASED", tag: 1 }, { status: "OC_CONFIRMED", release: "NOT_YET_RELEASED" },
    { status: "OC_CONFIRMED", release: "NOT_YET_RELEASED" }, { status: "OC_CONFIRMED", release: "NOT_YET_RELEASED", tag: 2 },
    { status: "OC_CONFIRMED", release: "NOT_YET_RELEASED", badProduct: true },
    { status: "OC_CONFIRMED", release: "FAILED_TO_RELEASE", failure: "STOCK_SHORT" },
    { status: "OC_CONFIRMED", release: "PREPARING_PRODUCT" },
    { status: "OC_CONFIRMED", release: "PARTIALLY_SHIPPED" },
    { status: "OC_CONFIRMED", release: "SHIPPED" },
    { status: "OC_CONFIRMED_UNDELIVERED" },
    { status: "ORDER_REJECTED" },
    { status: "CANCELLED" },
  ];
  let number = historyOrders;
  for (const [i, state] of states.entries()) {
    const connection = connections[i % connections.length];
    const buyer = buyers.get(connection.buyer.name)!;
    const catalog = catalogs[0];
    const link = i % 3 === 0 ? links[4] : i % 3 === 1 ? links[0] : null;
    const currency = link?.type === "INSTANT" ? link.currency! : connection.currency;
    // Products without order rules, so these few hand-made lines keep them (the history honours them in full).
    const productPool = state.badProduct ? [products[7]] : catalog.productIds.map((id) => products.find((p) => p.id === id)!).filter((p) => !hasOrderRules(p.rules));
    const lines: { skuId: string; productId: string; productCode: string; productName: string; skuCode: string; color: string; size: string; catalogId: string; quantity: number; unitPrice: number; lineTotal: number; position: number }[] = [];
    for (let n = 0; n < 2 + (i % 3); n++) {
      const product = productPool[(i + n) % productPool.length];
      const sku = product.skus[(i * 3 + n) % product.skus.length];
      if (lines.some((l) => l.skuId === sku.id)) continue;
      const quantity = 2 + ((i + n) % 5);
      const wholesale = sku.prices[currency] ?? sku.prices[spec.defaultCurrency];
      const price = unitPrice(wholesale, {
        catalogProduct: catalog.products.find((p) => p.productId === product.id)?.discountRate, product: product.discountRate,
        terms: link?.type === "INSTANT" ? link.discountRate : connection.discountRate,
      });
      lines.push({ skuId: sku.id, productId: product.id, productCode: product.code, productName: product.name, skuCode: sku.code, color: sku.color, size: sku.size, catalogId: catalog.id, quantity, unitPrice: price, lineTotal: price * quantity, position: lines.length });
    }
    const subtotal = lines.reduce((sum, l) => sum + l.lineTotal, 0);
    const quote = quoteShipping(rateInputs, [], { currency, country: buyer.spec.country, subtotal });
    const shippingFee = quote?.fee ?? 0;
    const created = at(-(states.length - i) * 2);
    const confirmed = ["OC_CONFIRMED", "OC_CONFIRMED_UNDELIVERED"].includes(state.status);
    const address = state.noAddress
      ? {}
      : { shipRecipient: buyer.spec.contact, shipLine1: buyer.spec.line1, shipCity: buyer.spec.city, shipRegion: buyer.spec.region, shipPostalCode: buyer.spec.postal, shipPhone: "+00 000 0000" };
    number += 1;
    const order = await prisma.order.create({
      data: {
        brandId, buyerId: buyer.id, number, source: link ? "ORDER_LINK" : "STANDARD_ORDER", sourceLinkId: link?.id, sourceLinkName: link?.name,
        sourceLinkType: link?.type ?? null, catalogId: catalog.id, // what Reports group by: the link's type and the order's (first line's) catalog
        placedVia: link?.type === "INSTANT" ? "GUEST" : "USER_ACCOUNT", idempotencyKey: `seed-${spec.slug}-${number}`,
        currency, language: connection.language, subtotal, shippingFee, total: subtotal + shippingFee,
        contactName: buyer.spec.contact, contactEmail: buyer.spec.email, contactPhone: "+00 000 0000",
        ...address, shipCountry: buyer.spec.country,
        shippingRateGroupId: quote?.rateGroupId ?? null, shippingOptionName: quote?.optionName ?? null,
        shippingRequestNote: i % 4 === 0 ? "Please deliver on a weekday morning." : null,
        paymentMethod: "PAY_OUTSIDE_APP", paymentStatus: "OUTSIDE_APP",
        status: state.status, releaseStatus: state.release ?? (state.status === "OC_CONFIRMED_UNDELIVERED" ? "NOT_YET_RELEASED" : null),
        releaseFailureReason: state.failure, releaseFailureDetail: state.failure === "STOCK_SHORT" ? releaseFailureDetails.stockShort([{ code: lines[0].skuCode, needs: lines[0].quantity, inStock: 0 }]) : null,
        releasedAt: ["PREPARING_PRODUCT", "PARTIALLY_SHIPPED", "SHIPPED"].includes(state.release ?? "") ? at(-1) : null,
        ocSentAt: state.status !== "PLEASE_CREATE_OC" ? created : null,
        ocApprovedAt: ["OC_APPROVED"].includes(state.status) || confirmed ? created : null,
        ocConfirmedAt: confirmed ? created : null,
        rejectedReason: state.status === "ORDER_REJECTED" ? "Minimum order quantity not met." : null,
        cancelledReason: state.status === "CANCELLED" ? "Sold out." : null, cancelledAt: state.status === "CANCELLED" ? at(-1) : null,
        createdAt: created,
        lines: { create: lines },
        tags: state.tag !== undefined ? { create: [{ tagId: tags[state.tag].id }] } : undefined,
      },
      include: { lines: true },
    });
    if (state.release === "PARTIALLY_SHIPPED" || state.release === "SHIPPED") {
      await prisma.deliveryNote.create({
        data: {
          orderId: order.id, sequence: 1, createdById: owner.userId,
          lines: { create: order.lines.map((l, k) => ({ orderLineId: l.id, quantity: state.release === "SHIPPED" || k > 0 ? l.quantity : Math.max(1, l.quantity - 1) })) },
        },
      });
    }
    if (state.status === "OC_CONFIRMED_UNDELIVERED") {
      await prisma.undeliveredSku.create({ data: { orderId: order.id, orderLineId: order.lines[0].id, quantity: 1 } });
    }
    await prisma.auditEvent.create({
      data: { brandId, actorLabel: buyer.spec.contact, entityType: "Order", entityId: order.id, action: "order.place" satisfies OrderEventType, toStatus: "PLEASE_CREATE_OC", createdAt: created },
    });
    if (state.status !== "PLEASE_CREATE_OC") {
      await prisma.auditEvent.create({
        data: { brandId, actorUserId: owner.userId, actorLabel: owner.user.name, entityType: "Order", entityId: order.id, action: "order.status" satisfies OrderEventType, fromStatus: "PLEASE_CREATE_OC", toStatus: state.status, createdAt: created },
      });
    }
  }
  await prisma.brand.update({ where: { id: brandId }, data: { lastOrderNumber: number } });
}

/** A demo buyer as the sales history sees it: its connection to the brand and how it can order. */
function demoBuyer(buyer: { id: string; spec: BuyerSpec }, c: ConnectionSpec, slug: string, users: Map<string, string>): DemoBuyer {
  const { spec } = buyer;
  return {
    id: buyer.id, name: spec.name, country: spec.country, region: spec.region, city: spec.city, postal: spec.postal, line1: spec.line1,
    contact: spec.contact, email: spec.email, phone: "+00 000 0000", ownership: spec.ownership,
    connection: { currency: c.currency, language: c.language, discountRate: c.discount, hasCredentials: DEMO_BRAND_CREDENTIALS.some((d) => d.brand === slug && d.buyer === spec.name) },
    users: DEMO_BUYER_USERS.filter((u) => (u.buyers as readonly string[]).includes(spec.name)).map((u) => ({ id: users.get(u.email)!, name: u.name })),
    offlineLogin: DEMO_OFFLINE_LOGINS.some((l) => l.buyer === spec.name),
  };
}

/**
 * Writes the sales history: small tables with createMany, the big ones with one set-based INSERT
 * each (PGlite pays per statement and per bound value, so hundreds of orders must not mean
 * thousands of round trips). The report triggers keep the rollups in step as the rows go in.
 * Returns how many orders it wrote: they hold the order numbers from 1.
 */
async function seedSalesHistory(prisma: PrismaClient, input: HistoryInput): Promise<number> {
  const h = buildDemoHistory(input);
  await prisma.buyer.createMany({ data: h.buyers });
  await prisma.buyerAddress.createMany({ data: h.addresses });
  await prisma.connection.createMany({ data: h.connections });
  // Orders before their lines: a line's trigger adds it to its order's rollup rows.
  await bulkInsert(prisma, "Order", h.orders);
  await bulkInsert(prisma, "OrderLine", h.lines);
  await bulkInsert(prisma, "OrderPackLine", h.packLines);
  await prisma.orderTag.createMany({ data: h.orderTags });
  await bulkInsert(prisma, "DeliveryNote", h.deliveryNotes);
  await bulkInsert(prisma, "DeliveryNoteLine", h.deliveryLines);
  await prisma.undeliveredSku.createMany({ data: h.undelivered });
  await bulkInsert(prisma, "AuditEvent", h.audits);
  return h.orders.length;
}
