// Orders as checkout writes them with the order rules in play: a product with rules and prepacks,
// and orders carrying a PO No., a requested delivery, a note and prepack lines expanded into their
// SKU lines (OrderLine.quantity all units, packQuantity those from packs; OrderPackLine the packs
// as ordered). Written straight to the database, so the brand's side can be tested on its own;
// takes the client to use, so integration and end-to-end tests share it.
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { Language, OrderStatus, ProductSaleMode, ReleaseStatus } from "@/lib/db/generated/enums";

type Db = Pick<PrismaClient, "product" | "prepack" | "order" | "brand">;

export type PackProduct = Awaited<ReturnType<typeof createPackProduct>>;

/** A product in one colour with a SKU per size, its order rules and prepacks ({ size: units per pack }). */
export async function createPackProduct(
  db: Db,
  brandId: string,
  options: {
    sizes?: string[];
    color?: string;
    stock?: number;
    price?: number;
    name?: string;
    rules?: { minQuantity?: number; maxQuantity?: number; minQuantityPerSku?: number; orderMultiple?: number; saleMode?: ProductSaleMode };
    prepacks?: { name: string; sizes: Record<string, number> }[];
  } = {},
) {
  const code = `PK-${randomBytes(4).toString("hex").toUpperCase()}`;
  const sizes = options.sizes ?? ["S", "M", "L", "XL"];
  const color = options.color ?? "Navy";
  const product = await db.product.create({
    data: {
      brandId, productCode: code, name: options.name ?? `Tee ${code}`, deliveryName: `Tee ${code}`, ...options.rules,
      skus: {
        create: sizes.map((size, i) => ({
          brandId, code: `${code}-${size}`, color, size, stockQuantity: options.stock ?? 100, position: i,
          prices: { create: [{ currency: "JPY", wholesalePrice: options.price ?? 1000 }] },
        })),
      },
    },
    include: { skus: { orderBy: { position: "asc" } } },
  });
  const prepacks = [];
  for (const [position, p] of (options.prepacks ?? []).entries()) {
    prepacks.push(
      await db.prepack.create({
        data: { brandId, productId: product.id, name: p.name, position, sizes: { create: Object.entries(p.sizes).map(([size, quantity], i) => ({ size, quantity, position: i })) } },
        include: { sizes: { orderBy: { position: "asc" } } },
      }),
    );
  }
  return { ...product, color, prepacks };
}

/** What the order holds of one product. */
export type RuleOrderItem = {
  product: PackProduct;
  /** Single units per size. */
  singles?: Record<string, number>;
  /** Packs of the product's prepacks, in its colour. */
  packs?: { prepack: PackProduct["prepacks"][number]; packs: number }[];
};

export type RuleOrderSpec = RuleOrderItem & {
  /** More products on the same order, after the first. */
  more?: RuleOrderItem[];
  status?: OrderStatus;
  releaseStatus?: ReleaseStatus | null;
  poNumber?: string | null;
  /** "YYYY-MM-DD" calendar dates. */
  requestedDeliveryFrom?: string | null;
  requestedDeliveryTo?: string | null;
  buyerNote?: string | null;
  contactEmail?: string;
  language?: Language;
  createdAt?: Date;
};

/** One order as checkout writes it; its lines product by product, in size order. */
export async function createRuleOrder(db: Db, brand: { id: string }, buyerId: string, spec: RuleOrderSpec) {
  const items = [spec, ...(spec.more ?? [])];
  const price = 1000;
  const lines = items.flatMap(({ product, singles, packs }) =>
    product.skus.flatMap((sku) => {
      const fromPacks = (packs ?? []).reduce((sum, p) => sum + p.packs * (p.prepack.sizes.find((s) => s.size === sku.size)?.quantity ?? 0), 0);
      const quantity = (singles?.[sku.size] ?? 0) + fromPacks;
      return quantity > 0 ? [{ product, sku, quantity, packQuantity: fromPacks }] : [];
    }),
  );
  const subtotal = lines.reduce((sum, l) => sum + l.quantity * price, 0);
  const { lastOrderNumber } = await db.brand.update({ where: { id: brand.id }, data: { lastOrderNumber: { increment: 1 } }, select: { lastOrderNumber: true } });
  const confirmed = spec.status === undefined || spec.status === "OC_CONFIRMED";
  return db.order.create({
    data: {
      brandId: brand.id, buyerId, number: lastOrderNumber, source: "STANDARD_ORDER", placedVia: "USER_ACCOUNT",
      idempotencyKey: `rules-${randomBytes(8).toString("hex")}`, currency: "JPY", language: spec.language ?? "EN", subtotal, total: subtotal,
      contactName: "Aiko Buyer", contactEmail: spec.contactEmail ?? "buyer@test.example",
      shipRecipient: "Aiko Buyer", shipLine1: "1-2-3 Jinnan", shipCity: "Shibuya-ku, Tokyo", shipPostalCode: "150-0041", shipCountry: "JP", shippingOptionName: "Standard",
      paymentMethod: "PAY_OUTSIDE_APP", paymentStatus: "OUTSIDE_APP",
      status: spec.status ?? "OC_CONFIRMED", releaseStatus: spec.releaseStatus === undefined ? (confirmed ? "NOT_YET_RELEASED" : null) : spec.releaseStatus,
      ocConfirmedAt: confirmed ? new Date() : null, createdAt: spec.createdAt ?? new Date(),
      poNumber: spec.poNumber ?? null, buyerNote: spec.buyerNote ?? null,
      requestedDeliveryFrom: spec.requestedDeliveryFrom ? new Date(`${spec.requestedDeliveryFrom}T00:00:00Z`) : null,
      requestedDeliveryTo: spec.requestedDeliveryTo ? new Date(`${spec.requestedDeliveryTo}T00:00:00Z`) : null,
      lines: {
        create: lines.map((l, position) => ({
          skuId: l.sku.id, productId: l.product.id, productCode: l.product.productCode, productName: l.product.name, skuCode: l.sku.code, color: l.sku.color, size: l.sku.size,
          quantity: l.quantity, packQuantity: l.packQuantity, unitPrice: price, lineTotal: price * l.quantity, position,
        })),
      },
      packLines: {
        create: items
          .flatMap(({ product, packs }) => (packs ?? []).map((p) => ({ product, ...p })))
          .map(({ product, prepack, packs }, position) => ({
            prepackId: prepack.id, productId: product.id, productCode: product.productCode, productName: product.name, name: prepack.name,
            contents: Object.fromEntries(prepack.sizes.map((s) => [s.size, s.quantity])), color: product.color, packs, position,
          })),
      },
    },
    include: { lines: { orderBy: { position: "asc" } }, packLines: true },
  });
}
