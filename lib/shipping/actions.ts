"use server";
// Server actions of the shipping desk. The brand and the actor come from the session; each action
// validates with the shared schema, calls one domain function and revalidates the shipping pages.
import { revalidatePath } from "next/cache";
import { brandAction } from "@/lib/actions/action-client";
import { memberActor } from "@/lib/audit/record-audit";
import { translateMessage } from "@/lib/i18n/message-text";
import { requestLocale } from "@/lib/i18n/request-locale";
import { translatorFor } from "@/lib/i18n/translator";
import { cancelOrders } from "./cancel-orders";
import { prepareOrdersForRelease, type ShownReleaseOutcome } from "./prepare-release";
import { releaseFailureText } from "./release-failure";
import { matchingQueueOrderIds, releasePreview } from "./queries";
import { cancelOrdersSchema, matchingOrdersSchema, prepareReleaseSchema, releasePreviewSchema } from "./schemas";

function revalidateShipping(orderIds: string[]) {
  revalidatePath("/admin/shipping");
  revalidatePath("/admin/shipping/released");
  // Only a single order's detail page is worth revalidating by path; lists cover the rest.
  if (orderIds.length === 1) revalidatePath(`/admin/shipping/orders/${orderIds[0]}`);
}

/** The pop-up's totals: quantity and stock for each SKU option across the selection. */
export const releasePreviewAction = brandAction({ schema: releasePreviewSchema, permission: "shipping.manage" }, async (input, ctx) =>
  releasePreview(ctx.brand.id, input.orderIds),
);

/** Every order id matching the current search and view, for "select all". */
export const matchingOrderIdsAction = brandAction({ schema: matchingOrdersSchema, permission: "shipping.manage" }, async (input, ctx) =>
  matchingQueueOrderIds(ctx.brand, input),
);

/**
 * Prepare for release: one chunk of the selection (the client sends chunks and shows progress).
 * Each failure comes back in the words of the staff member who clicked.
 */
export const prepareForReleaseAction = brandAction({ schema: prepareReleaseSchema, permission: "shipping.manage" }, async (input, ctx) => {
  const results = await prepareOrdersForRelease({ brand: ctx.brand, actor: memberActor(ctx.user), orderIds: input.orderIds });
  revalidateShipping(input.orderIds);
  const locale = await requestLocale();
  const t = translatorFor(locale);
  const outcomes = results.map((o): ShownReleaseOutcome =>
    o.ok ? o : { orderId: o.orderId, orderNumber: o.orderNumber, ok: false, reason: o.reason, message: releaseFailureText(t, locale, o.reason, o.detail) },
  );
  return { outcomes, released: outcomes.filter((o) => o.ok).length, failed: outcomes.filter((o) => !o.ok).length };
});

/** Cancel sold-out orders with a reason; the buyer is told by e-mail. */
export const cancelOrdersAction = brandAction({ schema: cancelOrdersSchema, permission: "shipping.manage" }, async (input, ctx) => {
  const results = await cancelOrders({ brand: ctx.brand, actor: memberActor(ctx.user), orderIds: input.orderIds, reason: input.reason });
  revalidateShipping(input.orderIds);
  const t = translatorFor(await requestLocale());
  const outcomes = results.map((o) => (o.ok ? o : { ...o, message: translateMessage(t, o.message) }));
  return { outcomes, cancelled: outcomes.filter((o) => o.ok).length, failed: outcomes.filter((o) => !o.ok).length };
});
