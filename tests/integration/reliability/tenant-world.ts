// A brand with one row of every kind an action or route can be pointed at, for the cross-brand
// sweep. Two are built, A (who acts) and B (whose ids are used); `target` is the flat list of B's
// (or A's) ids and secrets a probe may use, so a third, "ghost" target of ids that exist nowhere
// can be made from it by shape.
import { randomBytes } from "node:crypto";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { hashSecret } from "@/lib/auth/password";
import { hashSecretToken } from "@/lib/auth/secret-token";
import { newMatchToken } from "@/lib/checkout/order-match-token";
import { prisma } from "@/lib/db/client";
import { previewImportAction } from "@/lib/import/actions";
import { toCsv } from "@/lib/import/csv";
import { saveUpload } from "@/lib/storage/storage";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/event-types";
import { newSigningSecret, sealSigningSecret } from "@/lib/webhooks/secret";
import { createBrand, FIXTURE_PASSWORD } from "../../support/fixtures";
import { actAs } from "../../support/next-request";

const hex = (bytes: number) => randomBytes(bytes).toString("hex");

/** The bytes of a PNG header of the given size: enough for the app's image checks. */
export function png(width = 800, height = 1200) {
  const bytes = new Uint8Array(64);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  new DataView(bytes.buffer).setUint32(16, width);
  new DataView(bytes.buffer).setUint32(20, height);
  return bytes;
}

async function product(brandId: string, name: string) {
  const code = `P-${hex(3).toUpperCase()}`;
  return prisma.product.create({
    data: {
      brandId, productCode: code, name: `${name} ${code}`, deliveryName: name,
      skus: {
        create: ["S", "M"].map((size, i) => ({
          brandId, code: `${code}-${size}`, color: "Navy", size, stockQuantity: 50, position: i,
          prices: { create: [{ currency: "JPY", wholesalePrice: 1000 }] },
        })),
      },
    },
    include: { skus: { orderBy: { position: "asc" } } },
  });
}

type Product = Awaited<ReturnType<typeof product>>;

async function order(
  brand: { id: string },
  buyer: { id: string; email: string },
  p: Product,
  state: { status: "PLEASE_CREATE_OC" | "OC_CREATED" | "OC_APPROVED" | "OC_CONFIRMED"; releaseStatus?: "NOT_YET_RELEASED" | "PREPARING_PRODUCT"; sent?: boolean },
) {
  const { lastOrderNumber } = await prisma.brand.update({ where: { id: brand.id }, data: { lastOrderNumber: { increment: 1 } } });
  return prisma.order.create({
    data: {
      brandId: brand.id, buyerId: buyer.id, number: lastOrderNumber, source: "STANDARD_ORDER", placedVia: "USER_ACCOUNT",
      idempotencyKey: hex(10), currency: "JPY", subtotal: 10000, total: 10000, contactName: "Sweep Buyer", contactEmail: buyer.email,
      shipRecipient: "Sweep Buyer", shipLine1: "1-2-3 Jinnan", shipCity: "Tokyo", shipPostalCode: "150-0041", shipCountry: "JP",
      paymentMethod: "PAY_OUTSIDE_APP", paymentStatus: "OUTSIDE_APP", status: state.status, releaseStatus: state.releaseStatus ?? null,
      ocSentAt: state.sent ? new Date() : null, approvalToken: state.sent ? hex(16) : null,
      ocConfirmedAt: state.status === "OC_CONFIRMED" ? new Date() : null,
      lines: {
        create: p.skus.map((sku, position) => ({
          skuId: sku.id, productId: p.id, productCode: p.productCode, productName: p.name, skuCode: sku.code, color: sku.color, size: sku.size,
          quantity: 5, unitPrice: 1000, lineTotal: 5000, position,
        })),
      },
    },
    include: { lines: { orderBy: { position: "asc" } } },
  });
}

const IMPORT_HEADER = ["Product ID", "Product Name", "Description", "Delivery Name", "Color", "Size", "SKU Code", "Stock", "Wholesale Price (JPY)", "Retail Price (JPY)"];

export async function createTenantWorld() {
  const f = await createBrand();
  const brandId = f.brand.id;
  const [main, second, third] = [await product(brandId, "Linen Shirt"), await product(brandId, "Wool Coat"), await product(brandId, "Cap")];
  const toArchive = await product(brandId, "Old scarf");
  // Sold in a prepack: the product form's prepack ids are checked against the product's own.
  const packed = await product(brandId, "Knit Vest");
  const prepack = await prisma.prepack.create({ data: { brandId, productId: packed.id, name: "Size run", sizes: { create: [{ size: "S", quantity: 1 }, { size: "M", quantity: 2, position: 1 }] } } });

  const catalog = await prisma.catalog.create({ data: { brandId, name: `Catalog ${hex(2)}`, status: "OPEN" } });
  const catalogProduct = await prisma.catalogProduct.create({ data: { catalogId: catalog.id, productId: main.id, position: 0 } });
  const catalogProductToRemove = await prisma.catalogProduct.create({ data: { catalogId: catalog.id, productId: third.id, position: 1 } });

  const stored = (name: string) => saveUpload(brandId, { name, type: "image/png", bytes: png(), width: 800, height: 1200 });
  const productImage = await prisma.productImage.create({ data: { productId: main.id, fileId: (await stored("product.png")).id } });
  const lookbook = await prisma.lookbook.create({ data: { brandId, name: `Lookbook ${hex(2)}`, status: "PUBLIC" } });
  const lookbookToDelete = await prisma.lookbook.create({ data: { brandId, name: `Old lookbook ${hex(2)}` } });
  const lookbookImage = await prisma.lookbookImage.create({ data: { lookbookId: lookbook.id, fileId: (await stored("look-1.png")).id } });
  const lookbookImageToRemove = await prisma.lookbookImage.create({ data: { lookbookId: lookbook.id, fileId: (await stored("look-2.png")).id, position: 1 } });
  const mediaFile = await stored("background.png");

  const rateGroup = await prisma.shippingRateGroup.create({ data: { brandId, name: "Domestic", currency: "JPY", country: "JP", rates: { create: { name: "Standard", fee: 800 } } } });
  const rateGroupToDelete = await prisma.shippingRateGroup.create({ data: { brandId, name: "Old rates", currency: "JPY", country: null, rates: { create: { name: "Any", fee: 2000 } } } });
  const tag = await prisma.tag.create({ data: { brandId, name: `Tag ${hex(2)}` } });
  const tagToDelete = await prisma.tag.create({ data: { brandId, name: `Old tag ${hex(2)}` } });

  const members = await prisma.brandMember.findMany({ where: { brandId }, select: { id: true, role: true } });
  const staffInvitation = await prisma.staffInvitation.create({ data: { brandId, email: `new-staff-${hex(3)}@test.example`, role: "STAFF", tokenHash: hashSecretToken(hex(16)) } });
  // Addressed to this brand's own buyer user, so that user may answer it (A's control). Only the
  // token's hash is stored; the probes use the token, as the mailed link carries it.
  const connectionInvitationToken = hex(16);
  const connectionInvitation = await prisma.connectionInvitation.create({ data: { brandId, email: f.buyerUser.email, tokenHash: hashSecretToken(connectionInvitationToken), currency: "JPY" } });

  // Credentials for the three Customer Order Link logins, different in every world.
  const credPasscode = String(100000 + (randomBytes(3).readUIntBE(0, 3) % 900000));
  const uniqueCode = `CODE-${hex(3)}`;
  await prisma.connection.update({ where: { brandId_buyerId: { brandId, buyerId: f.buyer.id } }, data: { uniqueCode, passcodeHash: await hashSecret(credPasscode) } });
  const offlineLoginEmail = `offline-login-${hex(3)}@test.example`;
  const offlineLoginPassword = `pw-${hex(4)}`;
  const offlineLoginBuyer = await prisma.buyer.create({
    data: {
      name: `Offline login shop ${hex(2)}`, country: "JP", ownership: "OFFLINE", ownerBrandId: brandId, linkLoginEmail: offlineLoginEmail,
      linkLoginPasswordHash: await hashSecret(offlineLoginPassword), connections: { create: { brandId, currency: "JPY" } },
    },
  });

  const link = (type: "CUSTOMER" | "INSTANT", extra: { passcodeHash?: string } = {}) =>
    prisma.orderLink.create({
      data: {
        brandId, type, token: hex(12), name: `${type} link ${hex(2)}`, addressField: "HIDE", ...extra,
        ...(type === "CUSTOMER" ? {} : { currency: "JPY", language: "EN" as const, discountRate: 0 }),
        catalogs: { create: { catalogId: catalog.id } },
      },
    });
  const linkPasscode = `pass-${hex(3)}`;
  const customerLink = await link("CUSTOMER");
  const instantLink = await link("INSTANT");
  const passcodeLink = await link("INSTANT", { passcodeHash: await hashSecret(linkPasscode) });
  const linkForStatus = await link("INSTANT");

  const buyer = { id: f.buyer.id, email: f.buyerUser.email };
  const orderNew = await order(f.brand, buyer, main, { status: "PLEASE_CREATE_OC" });
  const orderOc = await order(f.brand, buyer, main, { status: "OC_CREATED", sent: true });
  const orderApproved = await order(f.brand, buyer, main, { status: "OC_APPROVED", sent: true });
  const orderConfirmed = await order(f.brand, buyer, main, { status: "OC_CONFIRMED", releaseStatus: "NOT_YET_RELEASED" });
  const orderToCancel = await order(f.brand, buyer, main, { status: "OC_CONFIRMED", releaseStatus: "NOT_YET_RELEASED" });
  const orderToReopen = await order(f.brand, buyer, main, { status: "OC_CONFIRMED", releaseStatus: "NOT_YET_RELEASED" });
  const orderReleased = await order(f.brand, buyer, main, { status: "OC_CONFIRMED", releaseStatus: "PREPARING_PRODUCT" });
  const orderDelivered = await order(f.brand, buyer, main, { status: "OC_CONFIRMED", releaseStatus: "PREPARING_PRODUCT" });
  await prisma.deliveryNote.create({ data: { orderId: orderDelivered.id, sequence: 1, lines: { create: { orderLineId: orderDelivered.lines[0].id, quantity: 1 } } } });
  // A guest order that typed this brand's buyer's e-mail: held as matching it, with its e-mailed token.
  const guestBuyer = await prisma.buyer.create({
    data: { name: `Guest shop ${hex(2)}`, country: "JP", ownership: "OFFLINE", ownerBrandId: brandId, email: f.buyerUser.email, connections: { create: { brandId, currency: "JPY" } } },
  });
  const heldOrder = async () => {
    const token = newMatchToken();
    const held = await order(f.brand, { id: guestBuyer.id, email: f.buyerUser.email }, main, { status: "PLEASE_CREATE_OC" });
    await prisma.order.update({ where: { id: held.id }, data: { matchedBuyerId: f.buyer.id, matchTokenHash: token.hash, matchTokenExpiresAt: token.expiresAt } });
    return { id: held.id, token: token.token };
  };
  // Two, so that staff confirming one (A's control) leaves the other's token working.
  const [orderMatchHeld, orderMatchByToken] = [await heldOrder(), await heldOrder()];
  // For the buyer's own cancel: one in the Buyer App, one placed through the Instant Order Link.
  const orderBuyerCancel = await order(f.brand, buyer, main, { status: "PLEASE_CREATE_OC" });
  const linkOrder = await order(f.brand, buyer, main, { status: "PLEASE_CREATE_OC" });
  await prisma.order.update({ where: { id: linkOrder.id }, data: { source: "ORDER_LINK", sourceLinkId: instantLink.id, placedVia: "GUEST" } });

  const address = { recipientName: "Sweep Buyer", line1: "1-2-3 Jinnan", city: "Tokyo", postalCode: "150-0041", country: "JP" };
  const buyerAddress = await prisma.buyerAddress.create({ data: { buyerId: f.buyer.id, ...address, isDefault: true } });
  const buyerAddressToRemove = await prisma.buyerAddress.create({ data: { buyerId: f.buyer.id, ...address, label: "Warehouse" } });

  // Webhook endpoints (a documentation address: deliveries are refused without a connection) and a delivery in the log.
  const webhookEndpoint = (url: string) =>
    prisma.webhookEndpoint.create({ data: { brandId, url, events: [...WEBHOOK_EVENT_TYPES], secret: sealSigningSecret(newSigningSecret()) } });
  const [hook, hookToDelete, hookToDeleteByApi] = [await webhookEndpoint("https://192.0.2.10/hooks"), await webhookEndpoint("https://192.0.2.11/old"), await webhookEndpoint("https://192.0.2.12/old")];
  const hookEvent = await prisma.webhookEvent.create({ data: { brandId, type: "webhook.test", data: {} } });
  const hookDelivery = await prisma.webhookDelivery.create({ data: { brandId, endpointId: hook.id, eventId: hookEvent.id, status: "DEAD", attempts: 14 } });
  const apiKeyToRevoke = await createApiKey({ brand: f.brand, user: f.owner }, { name: "Sweep key", scopes: ["orders:read"] });
  const connection = await prisma.connection.findUniqueOrThrow({ where: { brandId_buyerId: { brandId, buyerId: f.buyer.id } } });

  // A previewed (not yet applied) spreadsheet import of this brand.
  await actAs(f.owner, { brandId });
  const form = new FormData();
  form.set("file", new File([toCsv([IMPORT_HEADER, [`IM-${hex(2)}`, "Imported", "", "", "Navy", "M", `IM-${hex(3)}`, 5, 1000, ""]])], "products.csv", { type: "text/csv" }));
  const preview = await previewImportAction(form);
  if (!preview.ok || !preview.data.ok) throw new Error(`import preview failed: ${JSON.stringify(preview)}`);
  await actAs(null);

  const target = {
    brandId,
    buyerId: f.buyer.id,
    buyerName: f.buyer.name,
    buyerUserEmail: f.buyerUser.email,
    offlineBuyerId: f.offlineBuyer.id,
    productId: main.id,
    productName: main.name,
    productCode: main.productCode,
    skuId: main.skus[0].id,
    skuCode: main.skus[0].code,
    secondProductId: second.id,
    secondSkuId: second.skus[0].id,
    productToArchiveId: toArchive.id,
    packedProductId: packed.id,
    packedProductCode: packed.productCode,
    prepackId: prepack.id,
    productImageId: productImage.id,
    catalogId: catalog.id,
    catalogProductId: catalogProduct.id,
    catalogProductToRemoveId: catalogProductToRemove.id,
    lookbookId: lookbook.id,
    lookbookToDeleteId: lookbookToDelete.id,
    lookbookImageId: lookbookImage.id,
    lookbookImageToRemoveId: lookbookImageToRemove.id,
    mediaFileId: mediaFile.id,
    rateGroupId: rateGroup.id,
    rateGroupToDeleteId: rateGroupToDelete.id,
    tagId: tag.id,
    tagToDeleteId: tagToDelete.id,
    staffMemberId: members.find((m) => m.role === "STAFF")!.id,
    opsMemberId: members.find((m) => m.role === "OPS")!.id,
    staffInvitationId: staffInvitation.id,
    connectionInvitationId: connectionInvitation.id,
    connectionInvitationToken,
    uniqueCode,
    credPasscode,
    offlineLoginEmail,
    offlineLoginPassword,
    offlineLoginBuyerId: offlineLoginBuyer.id,
    customerLinkId: customerLink.id,
    customerLinkToken: customerLink.token,
    instantLinkId: instantLink.id,
    instantLinkToken: instantLink.token,
    passcodeLinkToken: passcodeLink.token,
    linkPasscode,
    linkForStatusId: linkForStatus.id,
    orderNewId: orderNew.id,
    orderNewLineId: orderNew.lines[0].id,
    orderOcId: orderOc.id,
    orderApprovedId: orderApproved.id,
    orderConfirmedId: orderConfirmed.id,
    orderToCancelId: orderToCancel.id,
    orderToReopenId: orderToReopen.id,
    orderReleasedId: orderReleased.id,
    orderDeliveredId: orderDelivered.id,
    orderReleasedLineId: orderReleased.lines[0].id,
    orderMatchHeldId: orderMatchHeld.id,
    orderMatchToken: orderMatchByToken.token,
    orderBuyerCancelId: orderBuyerCancel.id,
    linkOrderId: linkOrder.id,
    addressId: buyerAddress.id,
    addressToRemoveId: buyerAddressToRemove.id,
    importId: preview.data.importId,
    webhookEndpointId: hook.id,
    webhookEndpointToDeleteId: hookToDelete.id,
    webhookEndpointToDeleteByApiId: hookToDeleteByApi.id,
    webhookDeliveryId: hookDelivery.id,
    apiKeyId: apiKeyToRevoke.id,
    connectionId: connection.id,
  };
  return { ...f, target, password: FIXTURE_PASSWORD };
}

export type TenantWorld = Awaited<ReturnType<typeof createTenantWorld>>;
export type Target = TenantWorld["target"];

/** Ids, tokens and secrets of the same shape that exist nowhere. */
export function ghostTarget(like: Target): Target {
  const out = {} as Record<string, string>;
  for (const [key, value] of Object.entries(like)) {
    if (/Email$/.test(key)) out[key] = `ghost-${hex(4)}@test.example`;
    else if (key === "credPasscode") out[key] = String(100000 + (randomBytes(3).readUIntBE(0, 3) % 900000));
    else if (key === "uniqueCode") out[key] = `CODE-${hex(3)}`;
    else out[key] = value.length >= 20 ? `c${hex(12)}` : `ghost-${hex(4)}`;
  }
  return out as Target;
}
