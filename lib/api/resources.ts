// The shapes the integration API answers with, as zod schemas: the OpenAPI document is generated
// from them, and the presenters (lib/api/*-resources.ts) are typed by them, so the document cannot
// drift from what is sent. Amounts are integers in the currency's minor unit (JPY: yen, USD: cents).
import { z } from "zod";
import { ConnectionStatus, Language, OrderPlacedVia, OrderSource, OrderStatus, PaymentMethod, PaymentStatus, ProductSaleMode, ReleaseStatus } from "@/lib/db/generated/enums";

const dateTime = z.iso.datetime();
const date = z.iso.date();
const amount = z.number().int().meta({ description: "Minor units of the currency." });

export const errorResource = z
  .object({
    error: z.object({
      code: z.string().meta({ description: "Stable, for programs: UNAUTHENTICATED, INSUFFICIENT_SCOPE, NOT_FOUND, VALIDATION, RATE_LIMITED, ORDER_ALREADY_CONFIRMED, ..." }),
      message: z.string().meta({ description: "For people, in English or (Accept-Language: ja) Japanese." }),
      fields: z.record(z.string(), z.string()).optional().meta({ description: "A message per field path, e.g. \"items.2.quantity\"." }),
    }),
  })
  .meta({ id: "Error" });

const listOf = <S extends z.ZodType>(item: S, id: string) =>
  z.object({ data: z.array(item), nextCursor: z.string().nullable().meta({ description: "Pass as cursor for the next page; null on the last." }) }).meta({ id });

// ── orders ──
export const orderSummaryResource = z
  .object({
    id: z.string(),
    number: z.string().meta({ description: "The brand's order number, e.g. AO-000123." }),
    status: z.enum(OrderStatus),
    releaseStatus: z.enum(ReleaseStatus).nullable(),
    source: z.enum(OrderSource),
    placedVia: z.enum(OrderPlacedVia),
    sourceLinkName: z.string().nullable(),
    buyer: z.object({ id: z.string(), name: z.string() }),
    poNumber: z.string().nullable(),
    currency: z.string(),
    subtotal: amount,
    shippingFee: amount,
    total: amount,
    paymentMethod: z.enum(PaymentMethod),
    paymentStatus: z.enum(PaymentStatus),
    tags: z.array(z.string()),
    placedAt: dateTime,
    updatedAt: dateTime,
  })
  .meta({ id: "OrderSummary" });

export const orderResource = orderSummaryResource
  .extend({
    language: z.enum(Language),
    contact: z.object({ name: z.string(), email: z.string(), phone: z.string().nullable() }),
    shippingAddress: z
      .object({ recipient: z.string().nullable(), line1: z.string().nullable(), line2: z.string().nullable(), city: z.string().nullable(), region: z.string().nullable(), postalCode: z.string().nullable(), phone: z.string().nullable() })
      .nullable()
      .meta({ description: "null when the address field was hidden at checkout." }),
    shipCountry: z.string(),
    shippingOption: z.string().nullable(),
    shippingRequestNote: z.string().nullable(),
    requestedDelivery: z.object({ from: date.nullable(), to: date.nullable() }),
    buyerNote: z.string().nullable(),
    ocConfirmedAt: dateTime.nullable(),
    rejectedReason: z.string().nullable(),
    cancelledReason: z.string().nullable(),
    lines: z.array(
      z.object({
        id: z.string(),
        skuId: z.string(),
        skuCode: z.string(),
        productId: z.string(),
        productCode: z.string(),
        productName: z.string(),
        color: z.string(),
        size: z.string(),
        quantity: z.number().int(),
        packQuantity: z.number().int().meta({ description: "Of quantity, the units ordered in prepacks." }),
        unitPrice: amount,
        lineTotal: amount,
        delivered: z.number().int(),
        undelivered: z.number().int(),
      }),
    ),
    packs: z.array(
      z.object({
        id: z.string(),
        productCode: z.string(),
        productName: z.string(),
        name: z.string(),
        color: z.string(),
        packs: z.number().int(),
        contents: z.record(z.string(), z.number().int()).meta({ description: "Units per pack by size." }),
      }),
    ),
    deliveryNotes: z.array(
      z.object({
        id: z.string(),
        sequence: z.number().int(),
        carrier: z.string().nullable(),
        trackingNumber: z.string().nullable(),
        createdAt: dateTime,
        lines: z.array(z.object({ orderLineId: z.string(), quantity: z.number().int() })),
      }),
    ),
    undeliveredSkus: z.array(z.object({ orderLineId: z.string(), quantity: z.number().int(), createdAt: dateTime })),
  })
  .meta({ id: "Order" });

export const orderListResource = listOf(orderSummaryResource, "OrderList");

export const orderTransitionResource = z.object({ id: z.string(), status: z.enum(OrderStatus) }).meta({ id: "OrderTransition" });
export const orderTagsResource = z.object({ id: z.string(), added: z.array(z.string()), tags: z.array(z.string()) }).meta({ id: "OrderTags" });
export const deliveryNoteResource = z
  .object({ id: z.string(), sequence: z.number().int(), releaseStatus: z.enum(ReleaseStatus), carrier: z.string().nullable(), trackingNumber: z.string().nullable() })
  .meta({ id: "DeliveryNote" });

// ── products and SKUs ──
const priceResource = z.object({ currency: z.string(), wholesalePrice: amount, retailPrice: amount.nullable() });

export const skuResource = z
  .object({
    id: z.string(),
    code: z.string(),
    productCode: z.string(),
    color: z.string(),
    size: z.string(),
    stock: z.number().int(),
    prices: z.array(priceResource),
    updatedAt: dateTime,
  })
  .meta({ id: "Sku" });

export const productResource = z
  .object({
    id: z.string(),
    productCode: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    deliveryName: z.string().nullable(),
    archived: z.boolean(),
    rules: z
      .object({
        minQuantity: z.number().int().nullable(),
        maxQuantity: z.number().int().nullable(),
        minQuantityPerSku: z.number().int().nullable(),
        orderMultiple: z.number().int().nullable().meta({ description: "Case pack: single units of each SKU come in multiples of this." }),
        saleMode: z.enum(ProductSaleMode),
        prepacks: z.array(z.object({ id: z.string(), name: z.string(), sizes: z.array(z.object({ size: z.string(), quantity: z.number().int() })) })),
      })
      .meta({ description: "Order rules checked at checkout." }),
    skus: z.array(skuResource.omit({ productCode: true })),
    createdAt: dateTime,
    updatedAt: dateTime,
  })
  .meta({ id: "Product" });

export const productListResource = listOf(productResource, "ProductList");
export const skuListResource = listOf(skuResource, "SkuList");

export const inventoryResultResource = z
  .object({ items: z.array(z.object({ sku: z.string(), stock: z.number().int(), delta: z.number().int().meta({ description: "The change made (0: already at the quantity)." }) })) })
  .meta({ id: "InventoryResult" });

// ── buyers and connections ──
export const connectionResource = z
  .object({
    id: z.string(),
    buyerId: z.string(),
    buyerName: z.string(),
    status: z.enum(ConnectionStatus),
    discountRate: z.number().meta({ description: "Percent off wholesale." }),
    currency: z.string(),
    language: z.enum(Language),
    paymentTerms: z.string().nullable(),
    createdAt: dateTime,
    updatedAt: dateTime,
  })
  .meta({ id: "Connection" });

export const buyerResource = z
  .object({
    id: z.string(),
    name: z.string(),
    country: z.string(),
    ownership: z.enum(["CUSTOMER_OWNED", "OFFLINE"]),
    contactName: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    connection: connectionResource.omit({ buyerId: true, buyerName: true }),
    addresses: z.array(
      z.object({ id: z.string(), label: z.string().nullable(), recipientName: z.string(), line1: z.string(), line2: z.string().nullable(), city: z.string(), region: z.string().nullable(), postalCode: z.string(), country: z.string(), phone: z.string().nullable(), isDefault: z.boolean() }),
    ),
    createdAt: dateTime,
  })
  .meta({ id: "Buyer" });

export const buyerSummaryResource = buyerResource.omit({ addresses: true }).meta({ id: "BuyerSummary" });
export const buyerListResource = listOf(buyerSummaryResource, "BuyerList");
export const connectionListResource = listOf(connectionResource, "ConnectionList");

export type Resource<S extends z.ZodType> = z.input<S>;

// ── webhooks ──
export const webhookEndpointResource = z
  .object({
    id: z.string(),
    url: z.string(),
    events: z.array(z.string()).meta({ description: "Event types it receives (docs/webhooks.md)." }),
    enabled: z.boolean(),
    createdAt: dateTime,
  })
  .meta({ id: "WebhookEndpoint" });

export const webhookEndpointListResource = z.object({ data: z.array(webhookEndpointResource) }).meta({ id: "WebhookEndpointList" });

export const webhookEndpointCreatedResource = webhookEndpointResource
  .extend({ secret: z.string().meta({ description: "The signing secret (whsec_...): returned only here, once." }) })
  .meta({ id: "WebhookEndpointCreated" });

export const webhookEndpointDeletedResource = z.object({ id: z.string(), deleted: z.literal(true) }).meta({ id: "WebhookEndpointDeleted" });

export const webhookTestResource = z.object({ endpointId: z.string() }).meta({ id: "WebhookTestEvent" });
