// How to point every server action and route handler at another tenant's ids. The sweep
// (cross-brand-sweep.test.ts) finds the actions and routes by scanning the source, and fails for
// any that has no entry here, so a new action cannot ship without its isolation check.
//
// Each probe acts as one of brand A's people and is called three times: with brand B's ids
// (must be refused, by default NOT_FOUND / 404, and change nothing anywhere), with ids that exist
// nowhere (must get the very same answer, so the refusal reveals nothing), and, as a control,
// with A's own ids (must get past the check, so the probe really exercises it).
import { randomUUID } from "node:crypto";
import { GET as adminOrderPdf } from "@/app/admin/orders/[id]/pdf/route";
import { GET as exportOrders } from "@/app/admin/orders/export/route";
import { GET as exportProducts } from "@/app/admin/products/export/route";
import { GET as exportReport } from "@/app/admin/reports/export/[report]/route";
import { GET as buyerOrderPdf } from "@/app/buyer/orders/[id]/pdf/route";
import { GET as apiBuyer } from "@/app/api/v1/buyers/[id]/route";
import { GET as apiBuyers } from "@/app/api/v1/buyers/route";
import { GET as apiConnection } from "@/app/api/v1/connections/[id]/route";
import { GET as apiConnections } from "@/app/api/v1/connections/route";
import { POST as apiInventory } from "@/app/api/v1/inventory/route";
import { POST as apiConfirmOc } from "@/app/api/v1/orders/[id]/confirm-oc/route";
import { POST as apiDeliveryNote } from "@/app/api/v1/orders/[id]/delivery-notes/route";
import { POST as apiReject } from "@/app/api/v1/orders/[id]/reject/route";
import { GET as apiOrder } from "@/app/api/v1/orders/[id]/route";
import { POST as apiTags } from "@/app/api/v1/orders/[id]/tags/route";
import { POST as apiUndelivered } from "@/app/api/v1/orders/[id]/undelivered-skus/route";
import { GET as apiOrders } from "@/app/api/v1/orders/route";
import { GET as apiProduct } from "@/app/api/v1/products/[productCode]/route";
import { GET as apiProducts } from "@/app/api/v1/products/route";
import { GET as apiSku } from "@/app/api/v1/skus/[code]/route";
import { GET as apiSkus } from "@/app/api/v1/skus/route";
import { DELETE as apiDeleteWebhook } from "@/app/api/v1/webhook-endpoints/[id]/route";
import { POST as apiTestWebhook } from "@/app/api/v1/webhook-endpoints/[id]/test/route";
import { GET as apiWebhooks } from "@/app/api/v1/webhook-endpoints/route";
import * as apiKeys from "@/lib/api-keys/actions";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { API_SCOPES } from "@/lib/api-keys/scopes";
import type { ActionResult } from "@/lib/actions/result";
import * as auth from "@/lib/auth/actions";
import * as buyerApp from "@/lib/buyer-app/actions";
import * as standardOrder from "@/lib/buyer-app/standard-order-actions";
import * as buyers from "@/lib/buyers/actions";
import * as catalogs from "@/lib/catalogs/actions";
import * as checkout from "@/lib/checkout/actions";
import { prisma } from "@/lib/db/client";
import * as imports from "@/lib/import/actions";
import * as linkAccess from "@/lib/link-access/actions";
import { writeLinkSession } from "@/lib/link-access/session-cookie";
import { newLinkSession } from "@/lib/link-access/session-token";
import * as links from "@/lib/links/actions";
import * as lookbooks from "@/lib/lookbooks/actions";
import * as orders from "@/lib/orders/actions";
import * as products from "@/lib/products/actions";
import * as settings from "@/lib/settings/actions";
import * as shipping from "@/lib/shipping/actions";
import * as rates from "@/lib/shipping-rates/actions";
import * as reports from "@/lib/reports/actions";
import * as tags from "@/lib/tags/actions";
import * as webhooks from "@/lib/webhooks/actions";
import { checkoutInput } from "../link-access/link-fixtures";
import { linkInput } from "../links/link-fixtures";
import { actAs } from "../../support/next-request";
import { png, type Target, type TenantWorld } from "./tenant-world";

export type Answer = ActionResult<unknown> | Response;

export type Probe = {
  name: string;
  /** Who acts, always one of brand A's people; A's owner by default. */
  as?: (own: TenantWorld) => Promise<unknown>;
  call: (t: Target, own: TenantWorld) => Promise<Answer>;
  /** The refusal for B's ids when it is not NOT_FOUND / 404, and why that is right. */
  expect?: { code: string; because: string };
  /** Why ids that exist nowhere may get another answer than B's (e.g. B's valid password). */
  ghostDiffers?: string;
  /** A read that is not refused but must not show B's rows: the B value it must not contain (A's own must appear in the control). */
  mustNotShow?: (t: Target) => string;
};

export type Case =
  | { scope: "brand"; probes: Probe[] }
  /** Buyer App and link-page actions: no brand staff involved; they get their own cross-tenant probes. */
  | { scope: "not brand-scoped"; reason: string; probes: Probe[] }
  /** Takes no id of anything another tenant could own (it works on the session's own brand or nothing). */
  | { scope: "no ids"; reason: string };

// ── actors ──
const staff = (own: TenantWorld) => actAs(own.owner, { brandId: own.brand.id });
const buyer = (own: TenantWorld) => actAs(own.buyerUser);
const visitor = () => actAs(null);
/** A link visitor logged in with a user account on A's Customer Order Link. */
const linkBuyer = async (own: TenantWorld) => {
  await actAs(null);
  const login = await linkAccess.loginWithUserAccountAction(own.target.customerLinkToken, { email: own.buyerUser.email, password: own.password });
  if (!login.ok) throw new Error(`link login failed: ${login.message}`);
};

/** The visitor who placed A's order through A's Instant Order Link (checkout put it in their link session). */
const linkOrderVisitor = async (own: TenantWorld) => {
  await actAs(null);
  await writeLinkSession(own.target.instantLinkToken, { ...newLinkSession(own.target.instantLinkId), orderIds: [own.target.linkOrderId] });
};

/** An integration of A's, calling the API with a key of A's holding every scope. */
const apiSecrets = new Map<string, string>();
const apiClient = async (own: TenantWorld) => {
  await actAs(null);
  if (!apiSecrets.has(own.brand.id)) apiSecrets.set(own.brand.id, (await createApiKey({ brand: own.brand, user: own.owner }, { name: "Sweep integration", scopes: [...API_SCOPES] })).secret);
  // Just used, and a full bucket: the call's own "last used" note (written at most once a minute)
  // and its rate limit are not changes the call makes to anyone's data.
  await prisma.apiKey.updateMany({ where: { brandId: own.brand.id, name: "Sweep integration" }, data: { lastUsedAt: new Date() } });
  await prisma.apiRateLimit.deleteMany({ where: { apiKey: { brandId: own.brand.id } } });
};
type ApiHandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
const api = (own: TenantWorld, handler: ApiHandler, path: string, params: Record<string, string> = {}, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) =>
  handler(
    new Request(`http://localhost:3000/api/v1${path}`, {
      method: init.method ?? (init.body === undefined ? "GET" : "POST"),
      headers: { authorization: `Bearer ${apiSecrets.get(own.brand.id)}`, ...(init.body === undefined ? {} : { "content-type": "application/json" }), ...init.headers },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    }),
    { params: Promise.resolve(params) },
  );
const API_FIELD_ERROR = { code: "422", because: "a line of another brand's order on the own order is a field error, exactly like a line that does not exist" };

// A referenced id (a selection in a form) of another brand is a field error: the same one an id
// that no longer exists gets, so the form can show it beside the field.
const FIELD_ERROR = { code: "VALIDATION", because: "a selected id that is not the brand's is a field error, exactly like one that no longer exists" };

// ── valid form values ──
const catalogForm = (over: Record<string, unknown> = {}) => ({
  name: "Sweep catalog", season: "", status: "OPEN" as const, buyerIds: [] as string[], publicationDate: "", orderDeadline: "",
  discountRate: "", addressField: "SHOW" as const, paymentMethods: ["PAY_OUTSIDE_APP" as const], shippingRateGroupIds: [] as string[], ...over,
});
const productForm = (code: string) => ({
  productCode: code, name: "Sweep product", description: "", deliveryName: "", discountRate: "", currencies: ["JPY"],
  skus: [{ code: `${code}-1`, color: "Navy", size: "M", stockQuantity: "1", prices: [{ currency: "JPY", wholesalePrice: "1000", retailPrice: "" }] }],
});
const packRules = (prepackId: string) => ({
  minQuantity: "", maxQuantity: "", minQuantityPerSku: "", orderMultiple: "", saleMode: "PACKS_ONLY" as const,
  prepacks: [{ id: prepackId, name: "Size run", sizes: [{ size: "M", quantity: 2 }] }],
});
const rateGroupForm = { name: "Sweep rates", currency: "JPY", country: "US", rates: [{ name: "Standard", minAmount: "", maxAmount: "", fee: "10" }] };
const terms = { discountRate: "5", currency: "JPY" as const, language: "EN" as const };
const upload = (field: string, id: string) => {
  const form = new FormData();
  form.set(field, id);
  form.set("file", new File([png()], "look.png", { type: "image/png" }));
  return form;
};
const cartLine = (t: Target) => ({ productId: t.productId, quantities: [{ skuId: t.skuId, quantity: 1 }] });

// ── route helpers ──
const get = (path: string) => new Request(`http://localhost:3000${path}`);
const idParams = (id: string) => ({ params: Promise.resolve({ id }) });
const reportExport = (report: string, query: string) => exportReport(get(`/admin/reports/export/${report}?format=csv&${query}`), { params: Promise.resolve({ report }) });

export const actionCases: Record<string, Case> = {
  // ── lib/auth ──
  "auth/actions.signInAction": { scope: "no ids", reason: "signs in with an e-mail and password" },
  "auth/actions.signOutAction": { scope: "no ids", reason: "ends the caller's own session" },
  "i18n/actions.setLanguageAction": { scope: "no ids", reason: "sets the caller's own language (their user and their browser)" },
  "profile/actions.saveProfileLanguageAction": { scope: "no ids", reason: "sets the signed-in user's own language on their profile (their user and their browser)" },
  "profile/actions.saveProfileNameAction": { scope: "no ids", reason: "renames the signed-in user only" },
  "profile/actions.changePasswordAction": { scope: "no ids", reason: "changes the signed-in user's own password, after their current one" },
  "profile/actions.signOutOtherSessionsAction": { scope: "no ids", reason: "ends the signed-in user's own other sessions" },
  // The mailed token is the credential; unknown, used and expired ones answer 404 (tests/integration/auth/password-reset.test.ts).
  "auth/actions.forgotPasswordAction": { scope: "no ids", reason: "takes an e-mail address and answers the same whether or not it has an account" },
  "auth/actions.resetPasswordAction": { scope: "no ids", reason: "takes only the password link's token mailed to the account" },
  "auth/two-factor/actions.beginTwoFactorSetupAction": { scope: "no ids", reason: "starts two-factor set-up for the signed-in user's own account" },
  "auth/two-factor/actions.confirmTwoFactorSetupAction": { scope: "no ids", reason: "turns on the signed-in user's own two-factor authentication with a code" },
  "auth/two-factor/actions.disableTwoFactorAction": { scope: "no ids", reason: "turns off the signed-in user's own two-factor authentication" },
  "auth/two-factor/actions.renewRecoveryCodesAction": { scope: "no ids", reason: "renews the signed-in user's own recovery codes" },
  "auth/actions.switchBrandAction": { scope: "brand", probes: [{ name: "switch to a brand the user is not a member of", call: (t) => auth.switchBrandAction({ brandId: t.brandId }) }] },
  "auth/actions.switchBuyerAction": {
    scope: "not brand-scoped", reason: "a buyer user switching organizations",
    probes: [{ name: "switch to an organization the user is not a member of", as: buyer, call: (t) => auth.switchBuyerAction({ buyerId: t.buyerId }) }],
  },

  // ── lib/catalogs ──
  "catalogs/actions.saveCatalogAction": {
    scope: "brand",
    probes: [
      { name: "edit another brand's catalog", call: (t) => catalogs.saveCatalogAction({ id: t.catalogId, catalog: catalogForm() }) },
      { name: "limit a new catalog to another brand's buyer", expect: FIELD_ERROR, call: (t) => catalogs.saveCatalogAction({ catalog: catalogForm({ status: "LIMITED", buyerIds: [t.buyerId] }) }) },
      { name: "give a new catalog another brand's rate group", expect: FIELD_ERROR, call: (t) => catalogs.saveCatalogAction({ catalog: catalogForm({ shippingRateGroupIds: [t.rateGroupId] }) }) },
    ],
  },
  "catalogs/actions.addCatalogProductsAction": {
    scope: "brand",
    probes: [
      { name: "add products to another brand's catalog", call: (t, own) => catalogs.addCatalogProductsAction({ catalogId: t.catalogId, productIds: [own.target.secondProductId] }) },
      { name: "add another brand's product to the own catalog", expect: FIELD_ERROR, call: (t, own) => catalogs.addCatalogProductsAction({ catalogId: own.target.catalogId, productIds: [t.secondProductId] }) },
    ],
  },
  "catalogs/actions.searchBuyerOptionsAction": {
    scope: "brand",
    probes: [{ name: "search by another brand's buyer name", call: (t) => catalogs.searchBuyerOptionsAction({ q: t.buyerName }), mustNotShow: (t) => t.buyerId }],
  },
  "catalogs/actions.removeCatalogProductAction": { scope: "brand", probes: [{ name: "remove a product from another brand's catalog", call: (t) => catalogs.removeCatalogProductAction({ catalogProductId: t.catalogProductToRemoveId }) }] },
  "catalogs/actions.moveCatalogProductAction": { scope: "brand", probes: [{ name: "reorder another brand's catalog", call: (t) => catalogs.moveCatalogProductAction({ catalogProductId: t.catalogProductId, direction: "down" }) }] },
  "catalogs/actions.setCatalogProductOverrideAction": {
    scope: "brand",
    probes: [{ name: "override a product in another brand's catalog", call: (t) => catalogs.setCatalogProductOverrideAction({ catalogProductId: t.catalogProductId, discountRate: "5", deliveryDate: "" }) }],
  },

  // ── lib/reports (the filter bar's pickers) ──
  "reports/actions.searchReportLinksAction": {
    scope: "brand",
    // Every sweep link is called "<TYPE> link <hex>": the search lists the session brand's links only.
    probes: [{ name: "search links lists none of another brand's", call: () => reports.searchReportLinksAction({ text: "link" }), mustNotShow: (t) => t.instantLinkId }],
  },
  "reports/actions.searchReportBuyersAction": {
    scope: "brand",
    probes: [{ name: "search for another brand's buyer by name", call: (t) => reports.searchReportBuyersAction({ text: t.buyerName }), mustNotShow: (t) => t.buyerId }],
  },

  // ── lib/products ──
  "products/actions.saveProductAction": {
    scope: "brand",
    probes: [
      { name: "edit another brand's product", call: (t) => products.saveProductAction({ id: t.productId, product: productForm(t.productCode) }) },
      {
        name: "keep another brand's prepack on the own product", expect: FIELD_ERROR,
        call: (t, own) => products.saveProductAction({ id: own.target.packedProductId, product: { ...productForm(own.target.packedProductCode), rules: packRules(t.prepackId) } }),
      },
    ],
  },
  "products/actions.archiveProductAction": { scope: "brand", probes: [{ name: "archive another brand's product", call: (t) => products.archiveProductAction({ id: t.productToArchiveId, archived: true }) }] },
  "products/actions.adjustStockAction": { scope: "brand", probes: [{ name: "adjust another brand's stock", call: (t) => products.adjustStockAction({ skuId: t.skuId, delta: "5", reason: "Recount" }) }] },
  "products/actions.addProductImageAction": { scope: "brand", probes: [{ name: "upload an image to another brand's product", call: (t) => products.addProductImageAction(upload("productId", t.productId)) }] },
  "products/actions.removeProductImageAction": { scope: "brand", probes: [{ name: "remove another brand's product image", call: (t) => products.removeProductImageAction({ imageId: t.productImageId }) }] },
  "products/actions.searchProductOptionsAction": {
    scope: "brand",
    probes: [{ name: "search by another brand's product name", call: (t) => products.searchProductOptionsAction({ q: t.productName }), mustNotShow: (t) => t.productId }],
  },

  // ── lib/import ──
  "import/actions.previewImportAction": { scope: "no ids", reason: "reads an uploaded file into the session's brand" },
  "import/actions.applyImportChunkAction": {
    scope: "brand",
    probes: [{
      name: "apply another brand's previewed import",
      expect: { code: "IMPORT_EXPIRED", because: "imports are stored under the brand; another brand's import is answered like an expired one" },
      call: (t) => imports.applyImportChunkAction({ importId: t.importId, chunk: 0 }),
    }],
  },

  // ── lib/lookbooks ──
  "lookbooks/actions.saveLookbookAction": { scope: "brand", probes: [{ name: "edit another brand's lookbook", call: (t) => lookbooks.saveLookbookAction({ id: t.lookbookId, lookbook: { name: "Renamed", status: "DRAFT" } }) }] },
  "lookbooks/actions.deleteLookbookAction": { scope: "brand", probes: [{ name: "delete another brand's lookbook", call: (t) => lookbooks.deleteLookbookAction({ id: t.lookbookToDeleteId }) }] },
  "lookbooks/actions.addLookbookImageAction": { scope: "brand", probes: [{ name: "upload to another brand's lookbook", call: (t) => lookbooks.addLookbookImageAction(upload("lookbookId", t.lookbookId)) }] },
  "lookbooks/actions.updateLookbookImageAction": {
    scope: "brand",
    probes: [
      { name: "caption another brand's lookbook image", call: (t) => lookbooks.updateLookbookImageAction({ imageId: t.lookbookImageId, caption: "Look", productIds: [] }) },
      { name: "credit another brand's product on the own image", expect: FIELD_ERROR, call: (t, own) => lookbooks.updateLookbookImageAction({ imageId: own.target.lookbookImageId, caption: "Look", productIds: [t.productId] }) },
    ],
  },
  "lookbooks/actions.removeLookbookImageAction": { scope: "brand", probes: [{ name: "remove another brand's lookbook image", call: (t) => lookbooks.removeLookbookImageAction({ imageId: t.lookbookImageToRemoveId }) }] },

  // ── lib/links ──
  "links/actions.createLinkAction": {
    scope: "brand",
    probes: [
      { name: "a link on another brand's catalog", expect: FIELD_ERROR, call: (t) => links.createLinkAction(linkInput("CUSTOMER", [t.catalogId])) },
      { name: "a link with another brand's rate group", expect: FIELD_ERROR, call: (t, own) => links.createLinkAction(linkInput("CUSTOMER", [own.target.catalogId], { shippingRateGroupIds: [t.rateGroupId] })) },
      { name: "a link with another brand's lookbook", expect: FIELD_ERROR, call: (t, own) => links.createLinkAction(linkInput("CUSTOMER", [own.target.catalogId], { lookbookIds: [t.lookbookId] })) },
      {
        name: "a link with another brand's uploaded background", expect: FIELD_ERROR,
        call: (t, own) => links.createLinkAction(linkInput("CUSTOMER", [own.target.catalogId], { backgroundType: "IMAGE", backgroundImageFileId: t.mediaFileId })),
      },
    ],
  },
  "links/actions.updateLinkAction": {
    scope: "brand",
    probes: [
      { name: "edit another brand's link", call: (t, own) => links.updateLinkAction({ id: t.customerLinkId, values: linkInput("CUSTOMER", [own.target.catalogId]) }) },
      { name: "point the own link at another brand's catalog", expect: FIELD_ERROR, call: (t, own) => links.updateLinkAction({ id: own.target.customerLinkId, values: linkInput("CUSTOMER", [t.catalogId]) }) },
    ],
  },
  "links/actions.updateLinkStatusAction": {
    scope: "brand",
    probes: [
      { name: "void another brand's link", call: (t) => links.updateLinkStatusAction({ id: t.linkForStatusId, from: "OPEN", to: "VOID", confirmDelete: false }) },
      { name: "delete another brand's link", call: (t) => links.updateLinkStatusAction({ id: t.linkForStatusId, from: "OPEN", to: "DELETED", confirmDelete: true }) },
    ],
  },

  // ── lib/buyers ──
  "buyers/actions.disconnectBuyerAction": { scope: "brand", probes: [{ name: "disconnect another brand's buyer", call: (t) => buyers.disconnectBuyerAction({ buyerId: t.offlineBuyerId }) }] },
  "buyers/actions.reconnectBuyerAction": { scope: "brand", probes: [{ name: "reconnect another brand's buyer", call: (t) => buyers.reconnectBuyerAction({ buyerId: t.offlineBuyerId }) }] },
  "buyers/actions.updateTradingTermsAction": { scope: "brand", probes: [{ name: "change another brand's trading terms", call: (t) => buyers.updateTradingTermsAction({ buyerId: t.offlineBuyerId, ...terms }) }] },
  "buyers/actions.setBrandCredentialsAction": {
    scope: "brand",
    probes: [{ name: "set credentials on another brand's connection", call: (t) => buyers.setBrandCredentialsAction({ buyerId: t.offlineBuyerId, uniqueCode: "SWEEP-1", passcode: "654321" }) }],
  },
  "buyers/actions.resetBrandCredentialsAction": { scope: "brand", probes: [{ name: "clear another brand's credentials", call: (t) => buyers.resetBrandCredentialsAction({ buyerId: t.offlineBuyerId }) }] },
  "buyers/actions.setOfflineLoginAction": {
    scope: "brand",
    probes: [{ name: "set the link login of another brand's offline buyer", call: (t) => buyers.setOfflineLoginAction({ buyerId: t.offlineBuyerId, linkLoginEmail: "taken@test.example", linkLoginPassword: "password-123" }) }],
  },
  "buyers/actions.createOfflineBuyerAction": { scope: "no ids", reason: "creates an offline buyer of the session's brand from form fields" },
  "buyers/actions.inviteBuyerAction": { scope: "no ids", reason: "invites by e-mail; offering a connection to an existing organization is the feature" },
  "buyers/actions.revokeInvitationAction": { scope: "brand", probes: [{ name: "revoke another brand's invitation", call: (t) => buyers.revokeInvitationAction({ invitationId: t.connectionInvitationId }) }] },

  // ── lib/orders ──
  "orders/actions.createOcAction": {
    scope: "brand",
    probes: [
      { name: "draft the OC of another brand's order", call: (t) => orders.createOcAction({ orderId: t.orderNewId, from: "PLEASE_CREATE_OC", revision: 0, lines: [{ lineId: t.orderNewLineId, quantity: 1, unitPrice: 10 }] }) },
      { name: "save another brand's OC despite its order rules", call: (t) => orders.createOcAction({ orderId: t.orderNewId, from: "PLEASE_CREATE_OC", revision: 0, overrideRules: true, lines: [{ lineId: t.orderNewLineId, quantity: 7, unitPrice: 10 }] }) },
      { name: "add another brand's SKU to the own OC", expect: FIELD_ERROR, call: (t, own) => orders.createOcAction({ orderId: own.target.orderNewId, from: "PLEASE_CREATE_OC", revision: 0, lines: [{ lineId: own.target.orderNewLineId, quantity: 1, unitPrice: 10 }, { skuId: t.secondSkuId, quantity: 1, unitPrice: 10 }] }) },
      { name: "keep another brand's order line on the own OC", expect: FIELD_ERROR, call: (t, own) => orders.createOcAction({ orderId: own.target.orderNewId, from: "PLEASE_CREATE_OC", revision: 0, lines: [{ lineId: t.orderNewLineId, quantity: 1, unitPrice: 10 }] }) },
    ],
  },
  "orders/actions.findSkuForOrderAction": {
    scope: "brand",
    probes: [
      { name: "look up a SKU for another brand's order", call: (t, own) => orders.findSkuForOrderAction({ orderId: t.orderNewId, code: own.target.skuCode }) },
      { name: "look up another brand's SKU code for the own order", expect: FIELD_ERROR, call: (t, own) => orders.findSkuForOrderAction({ orderId: own.target.orderNewId, code: t.skuCode }) },
    ],
  },
  "orders/actions.sendOcForApprovalAction": { scope: "brand", probes: [{ name: "send another brand's OC for approval", call: (t) => orders.sendOcForApprovalAction({ orderId: t.orderOcId, sentAt: null }) }] },
  "orders/actions.forceApproveOcAction": { scope: "brand", probes: [{ name: "force-approve another brand's OC", call: (t) => orders.forceApproveOcAction({ orderId: t.orderOcId }) }] },
  "orders/actions.confirmOcAction": {
    scope: "brand",
    probes: [
      { name: "confirm another brand's OC", call: (t) => orders.confirmOcAction({ orderId: t.orderApprovedId, notifyBuyer: false, tagIds: [] }) },
      { name: "tag the own order with another brand's tag", call: (t, own) => orders.confirmOcAction({ orderId: own.target.orderApprovedId, notifyBuyer: false, tagIds: [t.tagId] }) },
    ],
  },
  "orders/actions.createTagAction": { scope: "no ids", reason: "creates a tag of the session's brand from a name" },
  "orders/actions.makeOcEditableAction": { scope: "brand", probes: [{ name: "reopen another brand's confirmed OC", call: (t) => orders.makeOcEditableAction({ orderId: t.orderToReopenId }) }] },
  "orders/actions.createDeliveryNoteAction": {
    scope: "brand",
    probes: [
      { name: "write a delivery note for another brand's order", call: (t) => orders.createDeliveryNoteAction({ orderId: t.orderReleasedId, lines: [{ orderLineId: t.orderReleasedLineId, quantity: 1 }] }) },
      { name: "deliver another brand's order line on the own order", expect: FIELD_ERROR, call: (t, own) => orders.createDeliveryNoteAction({ orderId: own.target.orderReleasedId, lines: [{ orderLineId: t.orderReleasedLineId, quantity: 1 }] }) },
    ],
  },
  "orders/actions.createUndeliveredSkusAction": {
    scope: "brand",
    probes: [
      { name: "mark another brand's SKUs undelivered", call: (t) => orders.createUndeliveredSkusAction({ orderId: t.orderReleasedId, lines: [{ orderLineId: t.orderReleasedLineId, quantity: 1 }] }) },
      { name: "mark another brand's order line undelivered on the own order", expect: FIELD_ERROR, call: (t, own) => orders.createUndeliveredSkusAction({ orderId: own.target.orderReleasedId, lines: [{ orderLineId: t.orderReleasedLineId, quantity: 1 }] }) },
    ],
  },
  "orders/actions.rejectOrderAction": { scope: "brand", probes: [{ name: "reject another brand's order", call: (t) => orders.rejectOrderAction({ orderId: t.orderNewId, reason: "Sold out" }) }] },
  "orders/actions.approveOcAsBuyerAction": {
    scope: "not brand-scoped", reason: "the buyer approves an OC in the Buyer App",
    probes: [{ name: "approve another buyer's OC", as: buyer, call: (t) => orders.approveOcAsBuyerAction({ orderId: t.orderOcId }) }],
  },
  "orders/actions.approveOcByTokenAction": { scope: "no ids", reason: "the e-mailed approval token is itself the capability (a wrong token is not found)" },
  "orders/actions.cancelOrderAsBuyerAction": {
    scope: "not brand-scoped", reason: "the buyer cancels their own order in the Buyer App",
    probes: [{ name: "cancel another buyer's order", as: buyer, call: (t) => orders.cancelOrderAsBuyerAction({ orderId: t.orderBuyerCancelId, reason: "Sweep" }) }],
  },
  "orders/actions.cancelLinkOrderAction": {
    scope: "not brand-scoped", reason: "the link visitor who placed the order cancels it on the link's order page",
    probes: [
      {
        name: "cancel another brand's link order through the own link", as: linkOrderVisitor,
        call: (t, own) => orders.cancelLinkOrderAction(own.target.instantLinkToken, { orderId: t.linkOrderId, reason: "Sweep" }),
      },
      {
        name: "cancel another brand's link order through its own link without its session", as: linkOrderVisitor,
        call: (t) => orders.cancelLinkOrderAction(t.instantLinkToken, { orderId: t.linkOrderId, reason: "Sweep" }),
      },
    ],
  },

  // ── lib/api-keys ──
  "api-keys/actions.createApiKeyAction": { scope: "no ids", reason: "creates a key of the session's brand from a name and scopes" },
  "api-keys/actions.revokeApiKeyAction": { scope: "brand", probes: [{ name: "revoke another brand's API key", call: (t) => apiKeys.revokeApiKeyAction({ id: t.apiKeyId }) }] },

  // ── lib/settings ──
  "settings/actions.updateBrandSettingsAction": { scope: "no ids", reason: "changes the session's brand" },
  "settings/actions.updateAddOnsAction": { scope: "no ids", reason: "changes the session's brand" },
  "settings/actions.updateMinimumOrderAction": { scope: "no ids", reason: "sets the minimum order value of the session's brand" },
  "settings/two-factor-actions.setTwoFactorRequirementAction": { scope: "no ids", reason: "switches the two-factor requirement of the session's brand (Owner only)" },
  "settings/actions.inviteStaffAction": { scope: "no ids", reason: "invites by e-mail into the session's brand" },
  // The mailed token is the credential: whoever holds the link accepts it, for the brand that sent it.
  // Unknown, accepted and revoked tokens answer 404 (tests/integration/settings/staff-invitation.test.ts).
  "settings/invitation-actions.acceptStaffInvitationAction": { scope: "no ids", reason: "takes only the invitation token mailed to the invitee" },
  "settings/invitation-actions.joinStaffInvitationAction": { scope: "no ids", reason: "takes only the invitation token mailed to the invitee (and the session of the invited account)" },
  "settings/actions.revokeStaffInvitationAction": { scope: "brand", probes: [{ name: "revoke another brand's staff invitation", call: (t) => settings.revokeStaffInvitationAction({ invitationId: t.staffInvitationId }) }] },
  "settings/actions.changeStaffRoleAction": { scope: "brand", probes: [{ name: "change a role in another brand", call: (t) => settings.changeStaffRoleAction({ memberId: t.staffMemberId, from: "STAFF", role: "ADMIN" }) }] },
  "settings/actions.removeStaffMemberAction": { scope: "brand", probes: [{ name: "remove another brand's member", call: (t) => settings.removeStaffMemberAction({ memberId: t.opsMemberId }) }] },

  // ── lib/shipping-rates, lib/tags ──
  "shipping-rates/actions.saveRateGroupAction": { scope: "brand", probes: [{ name: "edit another brand's rate group", call: (t) => rates.saveRateGroupAction({ id: t.rateGroupId, group: rateGroupForm }) }] },
  "shipping-rates/actions.deleteRateGroupAction": { scope: "brand", probes: [{ name: "delete another brand's rate group", call: (t) => rates.deleteRateGroupAction({ id: t.rateGroupToDeleteId }) }] },
  // ── lib/webhooks ──
  "webhooks/actions.createWebhookEndpointAction": { scope: "no ids", reason: "adds an endpoint to the session's brand from a URL and event names" },
  "webhooks/actions.updateWebhookSettingsAction": { scope: "no ids", reason: "sets the session's brand's low-stock threshold and development mode" },
  "webhooks/actions.updateWebhookEndpointAction": {
    scope: "brand",
    probes: [{ name: "edit another brand's webhook endpoint", call: (t) => webhooks.updateWebhookEndpointAction({ id: t.webhookEndpointId, url: "https://erp.example.com/sweep", events: ["order.placed"] }) }],
  },
  "webhooks/actions.setWebhookEndpointEnabledAction": { scope: "brand", probes: [{ name: "switch another brand's webhook endpoint", call: (t) => webhooks.setWebhookEndpointEnabledAction({ id: t.webhookEndpointId, enabled: true }) }] },
  "webhooks/actions.rotateWebhookSecretAction": { scope: "brand", probes: [{ name: "rotate another brand's signing secret", call: (t) => webhooks.rotateWebhookSecretAction({ id: t.webhookEndpointId }) }] },
  "webhooks/actions.deleteWebhookEndpointAction": { scope: "brand", probes: [{ name: "delete another brand's webhook endpoint", call: (t) => webhooks.deleteWebhookEndpointAction({ id: t.webhookEndpointToDeleteId }) }] },
  "webhooks/actions.sendWebhookTestEventAction": { scope: "brand", probes: [{ name: "send a test event to another brand's endpoint", call: (t) => webhooks.sendWebhookTestEventAction({ id: t.webhookEndpointId }) }] },
  "webhooks/actions.resendWebhookDeliveryAction": { scope: "brand", probes: [{ name: "resend another brand's webhook delivery", call: (t) => webhooks.resendWebhookDeliveryAction({ deliveryId: t.webhookDeliveryId }) }] },

  "tags/actions.createTagAction": { scope: "no ids", reason: "creates a tag of the session's brand from a name" },
  "tags/actions.renameTagAction": { scope: "brand", probes: [{ name: "rename another brand's tag", call: (t) => tags.renameTagAction({ id: t.tagId, name: "Renamed" }) }] },
  "tags/actions.deleteTagAction": { scope: "brand", probes: [{ name: "delete another brand's tag", call: (t) => tags.deleteTagAction({ id: t.tagToDeleteId }) }] },

  // ── lib/shipping ──
  "shipping/actions.releasePreviewAction": { scope: "brand", probes: [{ name: "preview the release of another brand's order", call: (t) => shipping.releasePreviewAction({ orderIds: [t.orderConfirmedId] }) }] },
  "shipping/actions.matchingOrderIdsAction": {
    scope: "brand",
    probes: [{
      name: "select all matching another brand's buyer e-mail",
      call: (t) => shipping.matchingOrderIdsAction({ scope: "domestic", field: "orderNo", q: "", email: t.buyerUserEmail, ship: "", view: "not-yet-released" }),
      mustNotShow: (t) => t.orderConfirmedId,
    }],
  },
  "shipping/actions.prepareForReleaseAction": {
    scope: "brand",
    probes: [
      { name: "release another brand's order", call: (t) => shipping.prepareForReleaseAction({ orderIds: [t.orderConfirmedId] }) },
      { name: "release the own order together with another brand's", call: (t, own) => shipping.prepareForReleaseAction({ orderIds: [own.target.orderConfirmedId, t.orderToCancelId] }) },
    ],
  },
  "shipping/actions.cancelOrdersAction": {
    scope: "brand",
    probes: [
      { name: "cancel another brand's order", call: (t) => shipping.cancelOrdersAction({ orderIds: [t.orderToCancelId], reason: "Sold out" }) },
      { name: "cancel the own order together with another brand's", call: (t, own) => shipping.cancelOrdersAction({ orderIds: [own.target.orderToCancelId, t.orderConfirmedId], reason: "Sold out" }) },
    ],
  },

  // ── lib/buyer-app (buyer users) ──
  "buyer-app/actions.acceptInvitationAction": {
    scope: "not brand-scoped", reason: "a buyer user answers a brand's invitation",
    probes: [
      { name: "accept an invitation sent to someone else", as: buyer, call: (t) => buyerApp.acceptInvitationAction({ token: t.connectionInvitationToken, newOrganizationName: "Sweep Shop", newOrganizationCountry: "JP" }) },
      { name: "accept the own invitation for an organization the user is not in", as: buyer, call: (t, own) => buyerApp.acceptInvitationAction({ token: own.target.connectionInvitationToken, buyerId: t.buyerId }) },
    ],
  },
  "buyer-app/actions.inviteCoworkerAction": { scope: "no ids", reason: "invites by e-mail into the user's own active organization" },
  // The mailed token is the credential (tests/integration/buyer-app/coworker-invitation.test.ts, buyers/invitation-new-account.test.ts).
  "buyer-app/coworker-invitation-actions.acceptCoworkerInvitationAction": { scope: "no ids", reason: "takes only the co-worker invitation token mailed to the invitee" },
  "buyer-app/coworker-invitation-actions.joinCoworkerInvitationAction": { scope: "no ids", reason: "takes only the co-worker invitation token mailed to the invitee (and the session of the invited account)" },
  "buyers/invitation-actions.acceptInvitationWithAccountAction": { scope: "no ids", reason: "takes only a brand's invitation token mailed to an address with no account; it creates that account's own new organization" },
  "buyer-app/actions.addBuyerAddressAction": { scope: "no ids", reason: "adds to the user's own active organization" },
  "buyer-app/actions.removeBuyerAddressAction": {
    scope: "not brand-scoped", reason: "a buyer user manages their organization",
    probes: [{ name: "remove another organization's address", as: buyer, call: (t) => buyerApp.removeBuyerAddressAction({ addressId: t.addressToRemoveId }) }],
  },
  "buyer-app/actions.setDefaultBuyerAddressAction": {
    scope: "not brand-scoped", reason: "a buyer user manages their organization",
    probes: [{ name: "make another organization's address the default", as: buyer, call: (t) => buyerApp.setDefaultBuyerAddressAction({ addressId: t.addressId }) }],
  },
  "buyer-app/standard-order-actions.saveStandardOrderCartAction": {
    scope: "not brand-scoped", reason: "a buyer orders from a connected brand",
    probes: [
      { name: "order from a brand the buyer is not connected to", as: buyer, call: (t) => standardOrder.saveStandardOrderCartAction(t.brandId, cartLine(t)) },
      { name: "put another brand's product in the cart of a connected brand", as: buyer, call: (t, own) => standardOrder.saveStandardOrderCartAction(own.target.brandId, cartLine(t)) },
    ],
  },
  "buyer-app/standard-order-actions.removeStandardOrderCartLineAction": {
    scope: "not brand-scoped", reason: "a buyer orders from a connected brand",
    probes: [{ name: "edit the cart at a brand the buyer is not connected to", as: buyer, call: (t) => standardOrder.removeStandardOrderCartLineAction(t.brandId, { skuId: t.skuId }) }],
  },
  "buyer-app/standard-order-actions.placeStandardOrderAction": {
    scope: "not brand-scoped", reason: "a buyer orders from a connected brand",
    probes: [{ name: "place an order at a brand the buyer is not connected to", as: buyer, call: (t) => standardOrder.placeStandardOrderAction(t.brandId, checkoutInput()) }],
  },
  "buyer-app/standard-order-actions.orderAgainAction": {
    scope: "not brand-scoped", reason: "a buyer orders again from their own past order",
    probes: [{ name: "order again from another organization's order", as: buyer, call: (t) => standardOrder.orderAgainAction({ orderId: t.orderNewId }) }],
  },
  "buyer-app/standard-order-actions.standardOrderCartSummaryAction": {
    scope: "not brand-scoped", reason: "a buyer orders from a connected brand",
    probes: [{ name: "read the cart at a brand the buyer is not connected to", as: buyer, call: (t) => standardOrder.standardOrderCartSummaryAction(t.brandId) }],
  },

  // ── lib/link-access (link visitors; the token is the public capability) ──
  "link-access/actions.submitPasscodeAction": {
    scope: "not brand-scoped", reason: "a link visitor; the link token is public",
    probes: [{
      name: "another link's passcode does not open this link", as: visitor,
      expect: { code: "INVALID_CREDENTIALS", because: "a wrong passcode is a wrong passcode" },
      call: (t, own) => linkAccess.submitPasscodeAction(own.target.passcodeLinkToken, { passcode: t.linkPasscode }),
    }],
  },
  "link-access/actions.loginWithUserAccountAction": {
    scope: "not brand-scoped", reason: "a link visitor; the link token is public",
    probes: [{
      name: "a buyer user of another brand only logs in to links of connected brands", as: visitor,
      expect: { code: "NO_CONNECTION", because: "the password is right, but the user's organizations are not connected to this brand" },
      ghostDiffers: "an unknown e-mail gets the wrong-credentials answer; B's user knows their own password",
      call: (t, own) => linkAccess.loginWithUserAccountAction(own.target.customerLinkToken, { email: t.buyerUserEmail, password: own.password }),
    }],
  },
  "link-access/actions.chooseBuyerAction": {
    scope: "not brand-scoped", reason: "a link visitor; the link token is public",
    probes: [{ name: "choose an organization the user is not a member of", as: linkBuyer, call: (t, own) => linkAccess.chooseBuyerAction(own.target.customerLinkToken, { buyerId: t.buyerId }) }],
  },
  "link-access/actions.loginWithOfflineBuyerAction": {
    scope: "not brand-scoped", reason: "a link visitor; the link token is public",
    probes: [{
      name: "another brand's offline buyer login does not work on this brand's link", as: visitor,
      expect: { code: "INVALID_CREDENTIALS", because: "offline logins belong to the brand that set them" },
      call: (t, own) => linkAccess.loginWithOfflineBuyerAction(own.target.customerLinkToken, { email: t.offlineLoginEmail, password: t.offlineLoginPassword }),
    }],
  },
  "link-access/actions.loginWithBrandCredentialsAction": {
    scope: "not brand-scoped", reason: "a link visitor; the link token is public",
    probes: [{
      name: "another brand's credentials do not work on this brand's link", as: visitor,
      expect: { code: "INVALID_CREDENTIALS", because: "unique codes are per brand" },
      call: (t, own) => linkAccess.loginWithBrandCredentialsAction(own.target.customerLinkToken, { code: t.uniqueCode, passcode: t.credPasscode }),
    }],
  },
  "link-access/actions.logoutFromLinkAction": { scope: "no ids", reason: "clears the visitor's own session cookie of that link" },
  "link-access/actions.saveLinkCartAction": {
    scope: "not brand-scoped", reason: "a link visitor; the link token is public",
    probes: [
      { name: "put another brand's product in this link's cart", as: visitor, call: (t, own) => linkAccess.saveLinkCartAction(own.target.instantLinkToken, cartLine(t)) },
      {
        name: "put another brand's SKU under this link's product", as: visitor,
        call: (t, own) => linkAccess.saveLinkCartAction(own.target.instantLinkToken, { productId: own.target.productId, quantities: [{ skuId: t.skuId, quantity: 1 }] }),
      },
    ],
  },
  "link-access/actions.removeLinkCartLineAction": {
    scope: "not brand-scoped", reason: "a link visitor; the link token is public",
    probes: [{
      name: "remove another brand's SKU from this link's cart", as: visitor,
      expect: { code: "ok", because: "removal works on the visitor's own cart only: an id not in it is a no-op, as for an unknown id" },
      call: (t, own) => linkAccess.removeLinkCartLineAction(own.target.instantLinkToken, { skuId: t.skuId }),
    }],
  },
  "link-access/actions.placeLinkOrderAction": { scope: "no ids", reason: "the order is built from the visitor's own cart on that link" },
  "link-access/actions.linkCartSummaryAction": { scope: "no ids", reason: "reads the visitor's own cart on that link" },

  // ── lib/checkout (guest orders matching a buyer's e-mail) ──
  "checkout/actions.confirmOrderMatchAction": {
    scope: "brand",
    probes: [{ name: "confirm another brand's guest-order match", call: (t) => checkout.confirmOrderMatchAction({ orderId: t.orderMatchHeldId }) }],
  },
  "checkout/actions.confirmOrderMatchByTokenAction": {
    scope: "not brand-scoped", reason: "the owner of an address opens the e-mailed link on the brand's link page; no staff involved",
    probes: [{
      name: "confirm another brand's guest order with its e-mailed token on this brand's link", as: visitor,
      expect: { code: "MATCH_LINK_INVALID", because: "a token of another brand is refused exactly like one that exists nowhere: the page says the link is no longer valid" },
      call: (t, own) => checkout.confirmOrderMatchByTokenAction(own.target.instantLinkToken, { token: t.orderMatchToken }),
    }],
  },
};

export const routeCases: Record<string, Case> = {
  "admin/orders/[id]/pdf GET": {
    scope: "brand",
    probes: [
      { name: "another brand's order confirmation", call: (t) => adminOrderPdf(get(`/admin/orders/${t.orderConfirmedId}/pdf`), idParams(t.orderConfirmedId)) },
      { name: "another brand's delivery note", call: (t) => adminOrderPdf(get(`/admin/orders/${t.orderDeliveredId}/pdf?deliveryNote=1`), idParams(t.orderDeliveredId)) },
    ],
  },
  "buyer/orders/[id]/pdf GET": {
    scope: "not brand-scoped", reason: "a buyer user downloads their organization's order",
    probes: [{ name: "another buyer's order confirmation", as: buyer, call: (t) => buyerOrderPdf(get(`/buyer/orders/${t.orderConfirmedId}/pdf`), idParams(t.orderConfirmedId)) }],
  },
  "admin/orders/export GET": {
    scope: "brand",
    probes: [{ name: "export filtered by another brand's buyer", call: (t) => exportOrders(get(`/admin/orders/export?buyer=${encodeURIComponent(t.buyerName)}`)), mustNotShow: (t) => t.buyerName }],
  },
  "admin/products/export GET": { scope: "brand", probes: [{ name: "export the product sheet", call: () => exportProducts(get("/admin/products/export")), mustNotShow: (t) => t.productCode }] },
  "admin/reports/export/[report] GET": {
    scope: "brand",
    probes: [
      { name: "sales filtered by another brand's buyer", call: (t) => reportExport("sales", `buyer=${t.buyerId}`) },
      { name: "sales filtered by another brand's catalog", call: (t) => reportExport("sales", `catalog=${t.catalogId}`) },
      { name: "sales filtered by another brand's tag", call: (t) => reportExport("sales", `tag=${t.tagId}`) },
      { name: "channels filtered by another brand's link", call: (t) => reportExport("channels", `link=${t.instantLinkId}`) },
      { name: "another brand's product breakdown", call: (t) => reportExport("product", `product=${t.productId}`) },
    ],
  },
  "admin/links/media POST": { scope: "no ids", reason: "uploads into the session's brand" },
  "api/auth/[...nextauth] GET": { scope: "no ids", reason: "next-auth's own endpoints (session, sign-in)" },
  "api/auth/[...nextauth] POST": { scope: "no ids", reason: "next-auth's own endpoints (session, sign-in)" },
  "api/stripe/webhook POST": { scope: "no ids", reason: "Stripe-signed events, no session" },
  "api/health GET": { scope: "no ids", reason: "reports database health only" },

  // ── the integration API (a key of A's with every scope) ──
  "api/v1/openapi.json GET": { scope: "no ids", reason: "the public OpenAPI document" },
  "api/v1/orders GET": {
    scope: "brand",
    probes: [{ name: "list orders filtered by another brand's buyer", as: apiClient, call: (t, own) => api(own, apiOrders, `/orders?buyer=${t.buyerId}&limit=100`), mustNotShow: (t) => t.orderNewId }],
  },
  "api/v1/orders/[id] GET": { scope: "brand", probes: [{ name: "read another brand's order", as: apiClient, call: (t, own) => api(own, apiOrder, `/orders/${t.orderNewId}`, { id: t.orderNewId }) }] },
  "api/v1/orders/[id]/confirm-oc POST": {
    scope: "brand",
    probes: [
      { name: "confirm another brand's OC", as: apiClient, call: (t, own) => api(own, apiConfirmOc, "/orders/x/confirm-oc", { id: t.orderApprovedId }, { body: { notifyBuyer: false } }) },
      { name: "tag the own order with another brand's tag", as: apiClient, call: (t, own) => api(own, apiConfirmOc, "/orders/x/confirm-oc", { id: own.target.orderApprovedId }, { body: { notifyBuyer: false, tagIds: [t.tagId] } }) },
    ],
  },
  "api/v1/orders/[id]/reject POST": { scope: "brand", probes: [{ name: "reject another brand's order", as: apiClient, call: (t, own) => api(own, apiReject, "/orders/x/reject", { id: t.orderNewId }, { body: { reason: "Sweep" } }) }] },
  "api/v1/orders/[id]/tags POST": { scope: "brand", probes: [{ name: "tag another brand's order", as: apiClient, call: (t, own) => api(own, apiTags, "/orders/x/tags", { id: t.orderNewId }, { body: { tags: ["Sweep"] } }) }] },
  "api/v1/orders/[id]/delivery-notes POST": {
    scope: "brand",
    probes: [
      { name: "deliver another brand's order", as: apiClient, call: (t, own) => api(own, apiDeliveryNote, "/orders/x/delivery-notes", { id: t.orderReleasedId }, { body: { lines: [{ orderLineId: t.orderReleasedLineId, quantity: 1 }] } }) },
      {
        name: "deliver another brand's order line on the own order", as: apiClient, expect: API_FIELD_ERROR,
        call: (t, own) => api(own, apiDeliveryNote, "/orders/x/delivery-notes", { id: own.target.orderReleasedId }, { body: { lines: [{ orderLineId: t.orderReleasedLineId, quantity: 1 }] } }),
      },
    ],
  },
  "api/v1/orders/[id]/undelivered-skus POST": {
    scope: "brand",
    probes: [
      { name: "mark another brand's SKUs undelivered", as: apiClient, call: (t, own) => api(own, apiUndelivered, "/orders/x/undelivered-skus", { id: t.orderReleasedId }, { body: { lines: [{ orderLineId: t.orderReleasedLineId, quantity: 1 }] } }) },
      {
        name: "mark another brand's order line undelivered on the own order", as: apiClient, expect: API_FIELD_ERROR,
        call: (t, own) => api(own, apiUndelivered, "/orders/x/undelivered-skus", { id: own.target.orderReleasedId }, { body: { lines: [{ orderLineId: t.orderReleasedLineId, quantity: 1 }] } }),
      },
    ],
  },
  "api/v1/products GET": { scope: "brand", probes: [{ name: "list the products", as: apiClient, call: (_t, own) => api(own, apiProducts, "/products?limit=100&status=all"), mustNotShow: (t) => t.productCode }] },
  "api/v1/products/[productCode] GET": { scope: "brand", probes: [{ name: "read another brand's product", as: apiClient, call: (t, own) => api(own, apiProduct, "/products/x", { productCode: t.productCode }) }] },
  "api/v1/products/[productCode] PUT": {
    scope: "no ids",
    reason: "upserts by product ID into the key's own brand: product IDs and SKU codes are per brand, so another brand's code names a new product of the key's brand (tests/integration/api/products-api.test.ts)",
  },
  "api/v1/skus GET": { scope: "brand", probes: [{ name: "list the SKUs of another brand's product", as: apiClient, call: (t, own) => api(own, apiSkus, `/skus?product=${encodeURIComponent(t.productCode)}`), mustNotShow: (t) => t.skuCode }] },
  "api/v1/skus/[code] GET": { scope: "brand", probes: [{ name: "read another brand's SKU", as: apiClient, call: (t, own) => api(own, apiSku, "/skus/x", { code: t.skuCode }) }] },
  "api/v1/webhook-endpoints GET": { scope: "brand", probes: [{ name: "list the webhook endpoints", as: apiClient, call: (_t, own) => api(own, apiWebhooks, "/webhook-endpoints"), mustNotShow: (t) => t.webhookEndpointId }] },
  "api/v1/webhook-endpoints POST": { scope: "no ids", reason: "adds an endpoint to the key's brand from a URL and event names" },
  "api/v1/webhook-endpoints/[id] DELETE": {
    scope: "brand",
    probes: [{ name: "delete another brand's webhook endpoint", as: apiClient, call: (t, own) => api(own, apiDeleteWebhook, "/webhook-endpoints/x", { id: t.webhookEndpointToDeleteByApiId }, { method: "DELETE" }) }],
  },
  "api/v1/webhook-endpoints/[id]/test POST": {
    scope: "brand",
    probes: [{ name: "send a test event to another brand's endpoint", as: apiClient, call: (t, own) => api(own, apiTestWebhook, "/webhook-endpoints/x/test", { id: t.webhookEndpointId }, { method: "POST" }) }],
  },
  "api/v1/inventory POST": {
    scope: "brand",
    probes: [{
      name: "set the stock of another brand's SKU", as: apiClient,
      call: (t, own) => api(own, apiInventory, "/inventory", {}, { body: { items: [{ sku: t.skuCode, quantity: 7 }] }, headers: { "idempotency-key": randomUUID() } }),
    }],
  },
  "api/v1/buyers GET": { scope: "brand", probes: [{ name: "list the buyers", as: apiClient, call: (_t, own) => api(own, apiBuyers, "/buyers?limit=100"), mustNotShow: (t) => t.buyerId }] },
  "api/v1/buyers/[id] GET": { scope: "brand", probes: [{ name: "read another brand's buyer", as: apiClient, call: (t, own) => api(own, apiBuyer, "/buyers/x", { id: t.buyerId }) }] },
  "api/v1/connections GET": { scope: "brand", probes: [{ name: "list the connections", as: apiClient, call: (_t, own) => api(own, apiConnections, "/connections?limit=100"), mustNotShow: (t) => t.connectionId }] },
  "api/v1/connections/[id] GET": { scope: "brand", probes: [{ name: "read another brand's connection", as: apiClient, call: (t, own) => api(own, apiConnection, "/connections/x", { id: t.connectionId }) }] },
  "files/[...key] GET": { scope: "no ids", reason: "uploaded media are public by their unguessable key (they show on public link pages)" },
};

export const defaultActor = staff;
