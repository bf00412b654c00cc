// A demo brand's sales history: a few hundred orders over the nine months before the demo's own
// orders, so Reports have seasons, buyers, channels and places to chart. Pure and deterministic
// (a seeded generator, business days counted back from `now`): it returns the rows, demo-data.ts
// writes them with one statement per table (PGlite is slow per statement).
//
// Orders are planned first (who buys which season through which channel, on which day), then
// numbered in the order they were placed and built one by one, so a buyer's first order is the
// one held to the first-order minimum and a returning guest's orders are matched to its account.
import type { Language, OrderLinkType, OrderPlacedVia, OrderStatus, ReleaseStatus } from "../../lib/db/generated/enums";
import type { Prisma } from "../../lib/db/generated/client";
import { quoteShipping, type RateGroupInput } from "../../lib/checkout/shipping-fee";
import { msg } from "../../lib/i18n/message-text";
import { effectiveMinimum, type MinimumOrderSetting } from "../../lib/order-rules/minimum-order-value";
import type { OrderEventType } from "../../lib/orders/order-events";
import { businessDaysBefore, businessDaysBeyond, businessDaysWithin, localDay, zonedTime } from "./calendar";
import { buildBasket, type DemoCatalog, type DemoProduct, type LineDraft } from "./lines";
import { HISTORY_END, HISTORY_PLANS, HISTORY_START, type BrandHistoryPlan, type LinkWindow, type SeasonKey, type SeasonPlan } from "./plan";

export type { DemoCatalog, DemoProduct } from "./lines";

export type DemoLink = {
  id: string; name: string; type: OrderLinkType; currency: string | null; language: Language | null; discountRate: number;
  minimumOrder: MinimumOrderSetting | null;
};

/** A buyer the demo already has, with its connection to this brand. */
export type DemoBuyer = {
  id: string; name: string; country: string; region: string | null; city: string; postal: string; line1: string;
  contact: string; email: string; phone: string; ownership: "CUSTOMER_OWNED" | "OFFLINE";
  connection: { currency: string; language: Language; discountRate: number; hasCredentials: boolean };
  /** Users of a customer-owned buyer (they order in the Buyer App and log in to Customer Order Links). */
  users: { id: string; name: string }[];
  /** An offline buyer with a Customer Order Link login. */
  offlineLogin: boolean;
};

export type HistoryInput = {
  now: Date;
  newId: () => string;
  brand: { id: string; slug: string; homeCountry: string; timeZone: string; minimumOrder: MinimumOrderSetting | null };
  staff: { owner: { id: string; name: string }; ops: { id: string; name: string } };
  /** By their index in demo-data's catalog specs, as the plan names them. */
  catalogs: DemoCatalog[];
  products: DemoProduct[];
  /** By their index in demo-data's link specs. */
  links: DemoLink[];
  buyers: DemoBuyer[];
  rateGroups: RateGroupInput[];
  tags: { id: string; name: string }[];
};

export type DemoHistory = {
  buyers: Prisma.BuyerCreateManyInput[];
  addresses: Prisma.BuyerAddressCreateManyInput[];
  connections: Prisma.ConnectionCreateManyInput[];
  orders: (Prisma.OrderCreateManyInput & { id: string; number: number; createdAt: Date })[];
  lines: (Prisma.OrderLineCreateManyInput & { id: string; catalogId: string })[];
  packLines: (Prisma.OrderPackLineCreateManyInput & { id: string })[];
  orderTags: Prisma.OrderTagCreateManyInput[];
  deliveryNotes: Prisma.DeliveryNoteCreateManyInput[];
  deliveryLines: Prisma.DeliveryNoteLineCreateManyInput[];
  undelivered: Prisma.UndeliveredSkuCreateManyInput[];
  audits: (Prisma.AuditEventCreateManyInput & { id: string; action: OrderEventType })[];
};

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** mulberry32: a small seeded generator (Math.random would make every seed different). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Participant = {
  id: string; name: string; country: string; region: string | null; city: string; postal: string; line1: string;
  contact: string; email: string; phone: string;
  /** app: Buyer App and Customer Order Links; offline: Customer Order Links with its login; guest: Instant and Dynamic links only. */
  kind: "app" | "offline" | "guest";
  currency: string; language: Language; discountRate: number; hasCredentials: boolean; users: { id: string; name: string }[];
  scale: number; weights: Partial<Record<SeasonKey, number>>;
  /** A buyer this history creates (at its first order, as a guest checkout does). */
  isNew: boolean;
  orders: number;
};

type Channel = { kind: "STANDARD" } | { kind: "LINK"; window: LinkWindow; link: DemoLink };

type Slot = { seq: number; season: SeasonPlan; buyer: Participant; channel: Channel; businessDaysBack: number; minutes: number };

type Span = { open: number; close: number };

/** A season's ordering span in business days back: from its catalog's publication to its deadline, within the history. */
function seasonSpan(catalog: DemoCatalog): Span {
  const open = Math.min(HISTORY_START, businessDaysWithin(-catalog.pub));
  const close = catalog.deadline < 0 ? Math.max(HISTORY_END, businessDaysBeyond(-catalog.deadline)) : HISTORY_END;
  if (open <= close) throw new Error(`Demo history: ${catalog.name} has no ordering span.`);
  return { open, close };
}

/** Splits `total` over the weights, rounding so the parts add up (largest remainder). */
function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (sum ? (total * w) / sum : 0));
  const parts = exact.map(Math.floor);
  const order = exact.map((e, i) => ({ i, r: e - parts[i] })).sort((a, b) => b.r - a.r || a.i - b.i);
  const missing = total - parts.reduce((a, b) => a + b, 0);
  for (let n = 0; n < missing; n++) parts[order[n].i] += 1;
  return parts;
}

function weightedPick<T>(random: () => number, items: { item: T; weight: number }[]): T {
  let r = random() * items.reduce((s, x) => s + x.weight, 0);
  for (const x of items) if ((r -= x.weight) < 0) return x.item;
  return items[items.length - 1].item;
}

/** How busy a season is at `age` (a share of its span): a rush after it opens that tapers off to a floor. */
const FLOOR = 0.12;
const busy = (season: SeasonPlan, age: number) => Math.exp(-age / season.rush) + FLOOR;

/** The orders a window of the season sees, relatively: the integral of `busy` over it. */
function windowMass(season: SeasonPlan, window: { from: number; to: number }): number {
  return season.rush * (Math.exp(-window.from / season.rush) - Math.exp(-window.to / season.rush)) + FLOOR * (window.to - window.from);
}

/**
 * The channels a buyer can order a season through (who may use which kind of link decides), each
 * weighted by how busy its window is, so a season's orders follow one curve across its links.
 */
function channelsFor(buyer: Participant, season: SeasonPlan, links: DemoLink[]): { item: Channel; weight: number }[] {
  const channels: { item: Channel; weight: number }[] = [];
  if (buyer.kind === "app") channels.push({ item: { kind: "STANDARD" }, weight: 1.2 * windowMass(season, { from: 0, to: 1 }) });
  for (const window of season.links) {
    const link = links[window.link];
    const usable = link.type === "CUSTOMER" ? buyer.kind !== "guest" : buyer.kind === "guest" && link.currency === buyer.currency;
    if (usable) channels.push({ item: { kind: "LINK", window, link }, weight: (window.weight ?? 1) * windowMass(season, window) });
  }
  return channels;
}

/** The day of an order within its channel's window, following `busy` there (by rejection: the draws depend on nothing but the generator). */
function orderDay(random: () => number, span: Span, season: SeasonPlan, window: { from: number; to: number }): number {
  const length = span.open - span.close;
  const shape = (age: number) => busy(season, age / length);
  const first = window.from * length;
  const last = window.to * length;
  for (;;) {
    const age = first + random() * (last - first);
    if (random() * shape(first) <= shape(age)) return span.open - Math.round(age);
  }
}

function participants(plan: BrandHistoryPlan, input: HistoryInput): Participant[] {
  const existing = plan.existing.map((p): Participant => {
    const b = input.buyers.find((x) => x.name === p.name);
    if (!b) throw new Error(`Demo history: no demo buyer named ${p.name} for ${input.brand.slug}.`);
    const kind = b.users.length ? "app" : b.offlineLogin ? "offline" : "guest";
    return {
      ...b, kind, currency: b.connection.currency, language: b.connection.language, discountRate: b.connection.discountRate,
      hasCredentials: b.connection.hasCredentials, scale: p.scale, weights: p.weights, isNew: false, orders: 0,
    };
  });
  const fresh = plan.newBuyers.map((p): Participant => ({
    ...p, id: input.newId(), kind: "guest", language: "EN", discountRate: 0, hasCredentials: false, users: [], isNew: true, orders: 0,
  }));
  return [...existing, ...fresh];
}

/** Every order of the history, in the order they were placed (oldest first). */
function planSlots(random: () => number, plan: BrandHistoryPlan, input: HistoryInput, buyers: Participant[]): Slot[] {
  const slots: Slot[] = [];
  for (const season of plan.seasons) {
    const span = seasonSpan(input.catalogs[season.catalog]);
    const counts = apportion(season.orders, buyers.map((b) => b.weights[season.key] ?? 0));
    for (const [i, buyer] of buyers.entries()) {
      const channels = channelsFor(buyer, season, input.links);
      if (counts[i] > 0 && channels.length === 0) throw new Error(`Demo history: ${buyer.name} has no channel for the ${season.key} season.`);
      for (let n = 0; n < counts[i]; n++) {
        const channel = weightedPick(random, channels);
        const window = channel.kind === "LINK" ? channel.window : { from: 0, to: 1 };
        // Business hours in the brand's zone; guests of the open links order into the evening too.
        const minutes = (channel.kind === "LINK" && channel.link.type !== "CUSTOMER" ? 8 * 60 + random() * 13 * 60 : 9 * 60 + random() * 9 * 60) | 0;
        slots.push({ seq: slots.length, season, buyer, channel, businessDaysBack: orderDay(random, span, season, window), minutes });
      }
    }
  }
  return slots.sort((a, b) => b.businessDaysBack - a.businessDaysBack || a.minutes - b.minutes || a.seq - b.seq);
}

// ───────────────────────────── what became of each order ─────────────────────────────

type Fate =
  | "PLEASE_CREATE_OC" | "OC_CREATED" | "NOT_YET_RELEASED" | "PREPARING" | "PARTIALLY_SHIPPED"
  | "SHIPPED" | "SHIPPED_SPLIT" | "UNDELIVERED" | "REJECTED" | "BUYER_CANCELLED" | "SOLD_OUT";

/**
 * The newest few are still open (new, OC drafted, waiting to ship, being prepared, half shipped),
 * so the history adds only a handful of rows to the To Ship lists and the dashboard counts; the
 * rest ended: mostly shipped, some rejected or cancelled.
 */
const OPEN_FATES: Fate[] = ["PLEASE_CREATE_OC", "PLEASE_CREATE_OC", "PLEASE_CREATE_OC", "OC_CREATED", "OC_CREATED", "OC_CREATED", "NOT_YET_RELEASED", "NOT_YET_RELEASED", "PREPARING", "PARTIALLY_SHIPPED"];

function fateOf(random: () => number, newestFirst: number): Fate {
  if (newestFirst < OPEN_FATES.length) return OPEN_FATES[newestFirst];
  const r = random();
  if (r < 0.035) return "REJECTED";
  if (r < 0.065) return "BUYER_CANCELLED";
  if (r < 0.1) return "SOLD_OUT";
  if (r < 0.115) return "UNDELIVERED";
  if (r < 0.23) return "SHIPPED_SPLIT";
  return "SHIPPED";
}

const REJECT_REASONS = ["Outside our distribution area.", "Duplicate order.", "Account on hold until the last invoice is paid."];
const BUYER_CANCEL_REASONS = ["Ordered by mistake.", "Our buying plan changed."];
const SOLD_OUT = "Sold out.";

// ───────────────────────────── building the rows ─────────────────────────────

type Event = { at: Date; action: OrderEventType; actorUserId: string | null; actorLabel: string; from: string | null; to: string | null; data?: Prisma.InputJsonValue };

type Builder = {
  input: HistoryInput; plan: BrandHistoryPlan; random: () => number; out: DemoHistory; days: ReturnType<typeof businessDaysBefore>;
};

export function buildDemoHistory(input: HistoryInput): DemoHistory {
  const plan = HISTORY_PLANS[input.brand.slug];
  if (!plan) throw new Error(`Demo history: no plan for ${input.brand.slug}.`);
  const random = seededRandom(plan.seed);
  const out: DemoHistory = { buyers: [], addresses: [], connections: [], orders: [], lines: [], packLines: [], orderTags: [], deliveryNotes: [], deliveryLines: [], undelivered: [], audits: [] };
  const days = businessDaysBefore(localDay(input.now, input.brand.timeZone), HISTORY_START + 1);
  const builder: Builder = { input, plan, random, out, days };
  const buyers = participants(plan, input);
  const slots = planSlots(random, plan, input, buyers);
  for (const [i, slot] of slots.entries()) buildOrder(builder, slot, i + 1, slots.length - 1 - i);
  return out;
}

function placedAt(b: Builder, slot: Slot): Date {
  return zonedTime(b.days[slot.businessDaysBack - 1], slot.minutes, b.input.brand.timeZone);
}

/** A buyer this history creates: the offline buyer, address and connection a guest checkout makes. */
function createBuyer(b: Builder, buyer: Participant, at: Date, order: { currency: string; language: Language; terms: number }) {
  const { brand } = b.input;
  b.out.buyers.push({
    id: buyer.id, name: buyer.name, country: buyer.country, ownership: "OFFLINE", ownerBrandId: brand.id,
    contactName: buyer.contact, email: buyer.email, phone: buyer.phone, createdAt: at, updatedAt: at,
  });
  b.out.addresses.push({
    buyerId: buyer.id, label: "Shop", recipientName: buyer.contact, line1: buyer.line1, city: buyer.city, region: buyer.region,
    postalCode: buyer.postal, country: buyer.country, phone: buyer.phone, isDefault: true, createdAt: at,
  });
  b.out.connections.push({ brandId: brand.id, buyerId: buyer.id, status: "CONNECTED", currency: order.currency, language: order.language, discountRate: order.terms, createdAt: at, updatedAt: at });
  // Later orders through links use the terms the connection got.
  Object.assign(buyer, { currency: order.currency, language: order.language, discountRate: order.terms });
}

/** Who placed it and how, as the checkout records it (placedVia, the user, the words staff read). */
function placement(b: Builder, slot: Slot): { placedVia: OrderPlacedVia; placedByUserId: string | null; placedByLabel: string | null } {
  const { buyer, channel } = slot;
  if (buyer.kind === "guest") return { placedVia: "GUEST", placedByUserId: null, placedByLabel: null };
  if (buyer.kind === "offline") return { placedVia: "OFFLINE_BUYER", placedByUserId: null, placedByLabel: msg("orders.history.viaOfflineBuyer", { name: buyer.contact }) };
  const user = buyer.users[Math.floor(b.random() * buyer.users.length)];
  if (channel.kind === "STANDARD") return { placedVia: "USER_ACCOUNT", placedByUserId: user.id, placedByLabel: msg("orders.history.viaBuyerApp", { name: user.name }) };
  if (buyer.hasCredentials && b.random() < 0.2) {
    // Brand staff entering an order for the buyer over the phone.
    const owner = b.input.staff.owner;
    return { placedVia: "BRAND_CREDENTIALS", placedByUserId: owner.id, placedByLabel: msg("orders.history.staffViaCredentials", { name: owner.name }) };
  }
  return { placedVia: "USER_ACCOUNT", placedByUserId: user.id, placedByLabel: msg("orders.history.viaUserAccount", { name: user.name }) };
}

/** Catalogs the cart drew from: the season's, and now and then another of the link's that was open for orders that day. */
function basketCatalogs(b: Builder, slot: Slot, at: Date): DemoCatalog[] {
  const main = b.input.catalogs[slot.season.catalog];
  if (slot.channel.kind !== "LINK" || !slot.channel.window.alsoFrom) return [main];
  const day = (at.getTime() - b.input.now.getTime()) / DAY;
  const open = slot.channel.window.alsoFrom.map((i) => b.input.catalogs[i]).filter((c) => c.pub < day && day < c.deadline);
  return [main, ...open];
}

function buildOrder(b: Builder, slot: Slot, number: number, newestFirst: number) {
  const { input, random, out } = b;
  const { buyer, channel } = slot;
  const link = channel.kind === "LINK" ? channel.link : null;
  const at = placedAt(b, slot);
  const viaGuestLink = link !== null && link.type !== "CUSTOMER";
  const currency = viaGuestLink ? link.currency! : buyer.currency;
  const terms = viaGuestLink ? link.discountRate : buyer.discountRate;
  const language: Language = viaGuestLink ? (link.language ?? "EN") : buyer.language;
  const firstOrder = buyer.orders === 0;
  if (buyer.isNew && firstOrder) createBuyer(b, buyer, at, { currency, language, terms });
  buyer.orders += 1;

  const minimum = effectiveMinimum({ brand: input.brand.minimumOrder, catalogs: [], link: link?.minimumOrder }, currency, firstOrder);
  const products = new Map(input.products.map((p) => [p.id, p]));
  const basket = buildBasket({ random, catalogs: basketCatalogs(b, slot, at), products, currency, terms, scale: buyer.scale, minimum: minimum?.amount ?? null });
  const quote = quoteShipping(input.rateGroups, [], { currency, country: buyer.country, subtotal: basket.subtotal });
  const shippingFee = quote?.fee ?? 0;
  const orderId = input.newId();
  const lines = basket.lines.map((l, position) => ({ ...lineRow(l), id: input.newId(), orderId, position }));
  out.lines.push(...lines);
  out.packLines.push(...basket.packs.map((p, position) => ({ ...p, id: input.newId(), orderId, position })));

  const who = placement(b, slot);
  const events: Event[] = [{ at, action: "order.place", actorUserId: who.placedByUserId, actorLabel: who.placedByLabel ?? buyer.contact, from: null, to: "PLEASE_CREATE_OC" }];
  // A guest typing the e-mail of a buyer the brand already has: staff confirmed the match, so the order is that buyer's.
  const matched = viaGuestLink && !(buyer.isNew && firstOrder);
  if (matched) {
    events.push({
      at: new Date(at.getTime() + (2 + random() * 20) * HOUR), action: "order.match-confirm", actorUserId: input.staff.owner.id, actorLabel: input.staff.owner.name, from: null, to: null,
      data: { via: "STAFF", matchedBuyerId: buyer.id, buyerName: buyer.name, guestBuyerId: input.newId(), guestBuyerRemoved: true },
    });
  }
  const tags = tagsFor(b, slot);
  const life = lifeOf(b, { orderId, number, at, subtotal: basket.subtotal, lines, tags: tags.map((t) => t.name), contactEmail: buyer.email, contactName: buyer.contact, domestic: buyer.country === input.brand.homeCountry }, fateOf(random, newestFirst), events);
  if (life.confirmed) out.orderTags.push(...tags.map((t) => ({ orderId, tagId: t.id })));

  const po = buyer.kind !== "guest" && random() < 0.5 ? `PO-${initials(buyer.name)}-${String(1000 + buyer.orders)}` : null;
  out.orders.push({
    id: orderId, brandId: input.brand.id, buyerId: buyer.id, number, createdAt: at, updatedAt: events[events.length - 1].at,
    source: link ? "ORDER_LINK" : "STANDARD_ORDER", sourceLinkId: link?.id ?? null, sourceLinkName: link?.name ?? null, sourceLinkType: link?.type ?? null,
    catalogId: lines[0].catalogId,
    ...who, idempotencyKey: `seed-history-${input.brand.slug}-${number}`,
    currency, language, subtotal: basket.subtotal, shippingFee, total: basket.subtotal + shippingFee,
    contactName: buyer.contact, contactEmail: buyer.email, contactPhone: buyer.phone,
    shipRecipient: buyer.contact, shipLine1: buyer.line1, shipCity: buyer.city, shipRegion: buyer.region, shipPostalCode: buyer.postal, shipPhone: buyer.phone, shipCountry: buyer.country,
    shippingRateGroupId: quote?.rateGroupId ?? null, shippingOptionName: quote?.optionName ?? null,
    shippingRequestNote: random() < 0.1 ? "Please deliver on a weekday morning." : null, poNumber: po,
    paymentMethod: "PAY_OUTSIDE_APP", paymentStatus: "OUTSIDE_APP",
    matchedBuyerId: matched ? buyer.id : null, matchConfirmedAt: matched ? events[1].at : null,
    ...life.order,
  });
  out.audits.push(...events.map((e) => ({
    id: input.newId(), brandId: input.brand.id, actorUserId: e.actorUserId, actorLabel: e.actorLabel, entityType: "Order", entityId: orderId,
    action: e.action, fromStatus: e.from, toStatus: e.to, data: e.data, createdAt: e.at,
  })));
}

function lineRow(l: LineDraft) {
  return {
    skuId: l.skuId, productId: l.productId, productCode: l.productCode, productName: l.productName, skuCode: l.skuCode, color: l.color, size: l.size,
    quantity: l.quantity, packQuantity: l.packQuantity, unitPrice: l.unitPrice, lineTotal: l.lineTotal, catalogId: l.catalogId,
  };
}

function initials(name: string): string {
  return name.split(/\s+/).map((w) => w[0]).join("").toUpperCase().replace(/[^A-Z]/g, "").slice(0, 3);
}

/** Tags staff put on at confirmation: the trade show's orders, and now and then a key account's VIP. */
function tagsFor(b: Builder, slot: Slot) {
  const tags: { id: string; name: string }[] = [];
  const tag = (name: string) => b.input.tags.find((t) => t.name === name);
  if (slot.channel.kind === "LINK" && slot.channel.window.link === 0 && tag("Trade show")) tags.push(tag("Trade show")!);
  if (slot.buyer.scale >= 3 && b.random() < 0.3 && tag("VIP")) tags.push(tag("VIP")!);
  return tags;
}

type OrderLife = {
  confirmed: boolean;
  order: {
    status: OrderStatus; releaseStatus: ReleaseStatus | null; ocRevision: number; ocSentAt: Date | null; ocApprovedAt: Date | null; ocConfirmedAt: Date | null;
    releasedAt: Date | null; rejectedReason: string | null; cancelledReason: string | null; cancelledAt: Date | null;
  };
};

type LifeOrder = { orderId: string; number: number; at: Date; subtotal: number; lines: { id: string; skuId: string; quantity: number }[]; tags: string[]; contactEmail: string; contactName: string; domestic: boolean };

/**
 * The order's way through the order-confirmation and To Ship states to its fate, with the audit
 * event each transition writes (the status history staff read), and its delivery notes.
 */
function lifeOf(b: Builder, o: LifeOrder, fate: Fate, events: Event[]): OrderLife {
  const { random, input } = b;
  const { owner, ops } = input.staff;
  const limit = input.now.getTime() - HOUR;
  let clock = events[events.length - 1].at.getTime();
  const later = (minHours: number, maxHours: number) => {
    clock = Math.min(limit, clock + (minHours + random() * (maxHours - minHours)) * HOUR);
    return new Date(clock);
  };
  const by = (user: { id: string; name: string }) => ({ actorUserId: user.id, actorLabel: user.name });
  const order: OrderLife["order"] = { status: "PLEASE_CREATE_OC", releaseStatus: null, ocRevision: 0, ocSentAt: null, ocApprovedAt: null, ocConfirmedAt: null, releasedAt: null, rejectedReason: null, cancelledReason: null, cancelledAt: null };
  const done = (confirmed = false): OrderLife => ({ confirmed, order });

  if (fate === "PLEASE_CREATE_OC") return done();
  if (fate === "REJECTED") {
    const reason = REJECT_REASONS[Math.floor(random() * REJECT_REASONS.length)];
    events.push({ at: later(4, 30), action: "order.reject", ...by(owner), from: "PLEASE_CREATE_OC", to: "ORDER_REJECTED", data: { reason } });
    Object.assign(order, { status: "ORDER_REJECTED", rejectedReason: reason });
    return done();
  }
  if (fate === "BUYER_CANCELLED") {
    const reason = BUYER_CANCEL_REASONS[Math.floor(random() * BUYER_CANCEL_REASONS.length)];
    const at = later(2, 20);
    events.push({ at, action: "order.buyer-cancel", actorUserId: null, actorLabel: o.contactName, from: "PLEASE_CREATE_OC", to: "CANCELLED", data: { reason } });
    Object.assign(order, { status: "CANCELLED", cancelledReason: reason, cancelledAt: at });
    return done();
  }

  events.push({ at: later(6, 48), action: "oc.create", ...by(owner), from: "PLEASE_CREATE_OC", to: "OC_CREATED", data: { lines: o.lines.length, subtotal: o.subtotal } });
  Object.assign(order, { status: "OC_CREATED", ocRevision: 1 });
  if (fate === "OC_CREATED") return done();

  // Half the confirmations waited for the buyer's approval of the e-mailed OC; the rest skipped it.
  const approved = random() < 0.5;
  if (approved) {
    order.ocSentAt = later(0.5, 3);
    events.push({ at: order.ocSentAt, action: "oc.send", ...by(owner), from: "OC_CREATED", to: "OC_CREATED", data: { to: o.contactEmail } });
    order.ocApprovedAt = later(2, 40);
    events.push({ at: order.ocApprovedAt, action: "oc.approve", actorUserId: null, actorLabel: msg("orders.history.buyerViaEmail", { name: o.contactName }), from: "OC_CREATED", to: "OC_APPROVED" });
  }
  order.ocConfirmedAt = later(1, 20);
  events.push({
    at: order.ocConfirmedAt, action: "oc.confirm", ...by(owner), from: approved ? "OC_APPROVED" : "OC_CREATED", to: "OC_CONFIRMED",
    data: { notifiedBuyer: true, tags: o.tags, skippedBuyerApproval: !approved },
  });
  Object.assign(order, { status: "OC_CONFIRMED", releaseStatus: "NOT_YET_RELEASED" });
  if (fate === "NOT_YET_RELEASED") return done(true);
  if (fate === "SOLD_OUT") {
    const at = later(24, 120);
    events.push({ at, action: "order.cancel", ...by(ops), from: "OC_CONFIRMED", to: "CANCELLED", data: { orderNumber: o.number, reason: SOLD_OUT, releaseStatus: "NOT_YET_RELEASED" } });
    Object.assign(order, { status: "CANCELLED", releaseStatus: null, cancelledReason: SOLD_OUT, cancelledAt: at });
    return done(true);
  }

  // Split delivery declared before shipping: one SKU's last units will not come.
  const undelivered = new Map<string, number>();
  if (fate === "UNDELIVERED") {
    const line = o.lines.reduce((a, l) => (l.quantity > a.quantity ? l : a));
    const quantity = Math.max(1, Math.floor(line.quantity / 2));
    undelivered.set(line.id, quantity);
    const at = later(24, 72);
    b.out.undelivered.push({ orderId: o.orderId, orderLineId: line.id, quantity, createdAt: at });
    events.push({ at, action: "undelivered.create", ...by(owner), from: "OC_CONFIRMED", to: "OC_CONFIRMED_UNDELIVERED", data: { units: quantity } });
    order.status = "OC_CONFIRMED_UNDELIVERED";
  }
  const toShip = o.lines.map((l) => ({ id: l.id, skuId: l.skuId, quantity: l.quantity - (undelivered.get(l.id) ?? 0) })).filter((l) => l.quantity > 0);
  order.releasedAt = later(24, 144);
  events.push({
    at: order.releasedAt, action: "release.prepare", ...by(ops), from: "NOT_YET_RELEASED", to: "PREPARING_PRODUCT",
    data: { orderNumber: o.number, allocated: toShip.map((l) => ({ skuId: l.skuId, quantity: l.quantity })) },
  });
  order.releaseStatus = "PREPARING_PRODUCT";
  if (fate === "PREPARING") return done(true);

  // Delivery notes: one for everything, or a first part and the rest a week or so later.
  const split = fate === "SHIPPED_SPLIT" || fate === "PARTIALLY_SHIPPED";
  const parts = split ? splitShipment(toShip) : [toShip];
  const shipped = fate === "PARTIALLY_SHIPPED" ? parts.slice(0, 1) : parts;
  for (const [i, part] of shipped.entries()) {
    const at = i === 0 ? later(20, 72) : later(96, 288);
    const noteId = input.newId();
    const carrier = o.domestic ? b.plan.carriers.domestic[Math.floor(random() * b.plan.carriers.domestic.length)] : b.plan.carriers.international;
    const trackingNumber = String(Math.floor(100000000000 + random() * 899999999999));
    b.out.deliveryNotes.push({ id: noteId, orderId: o.orderId, sequence: i + 1, createdById: ops.id, carrier, trackingNumber, createdAt: at });
    b.out.deliveryLines.push(...part.map((l) => ({ deliveryNoteId: noteId, orderLineId: l.id, quantity: l.quantity })));
    const to: ReleaseStatus = i === parts.length - 1 ? "SHIPPED" : "PARTIALLY_SHIPPED";
    events.push({
      at, action: "delivery-note.create", ...by(ops), from: order.releaseStatus, to,
      data: { sequence: i + 1, units: part.reduce((s, l) => s + l.quantity, 0), carrier, trackingNumber },
    });
    order.releaseStatus = to;
  }
  return done(true);
}

/** A first shipment of what was in stock and a second of the rest: whole lines first, else a line's units split. */
function splitShipment(lines: { id: string; skuId: string; quantity: number }[]) {
  if (lines.length > 1) {
    const cut = Math.ceil(lines.length / 2);
    return [lines.slice(0, cut), lines.slice(cut)];
  }
  const [only] = lines;
  if (only.quantity < 2) return [lines];
  const first = Math.floor(only.quantity / 2);
  return [[{ ...only, quantity: first }], [{ ...only, quantity: only.quantity - first }]];
}
