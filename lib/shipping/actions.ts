"use server";
// Server actions of the shipping desk. The brand and the actor come from the session; each action
// validates with the shared schema, calls one domain function and revalidates the shipping pages.
import { revalidatePath } from "next/cache";
import { brandAction } from "@/lib/actions/action-client";
import { memberActor } from "@/lib/audit/record-audit";
import { cancelOrders } from "./cancel-orders";
import { prepareOrdersForRelease } from "./prepare-release";
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

/** Prepare for release: one chunk of the selection (the client sends chunks and shows progress). */
export const prepareForReleaseAction = brandAction({ schema: prepareReleaseSchema, permission: "shipping.manage" }, async (input, ctx) => {
  const outcomes = await prepareOrdersForRelease({ brand: ctx.brand, actor: memberActor(ctx.user), orderIds: input.orderIds });
  revalidateShipping(input.orderIds);
  return { outcomes, released: outcomes.filter((o) => o.ok).length, failed: outcomes.filter((o) => !o.ok).length };
});

/** Cancel sold-out orders with a reason; the buyer is told by e-mail. */
export const cancelOrdersAction = brandAction({ schema: cancelOrdersSchema, permission: "shipping.manage" }, async (input, ctx) => {
  const outcomes = await cancelOrders({ brand: ctx.brand, actor: memberActor(ctx.user), orderIds: input.orderIds, reason: input.reason });
  revalidateShipping(input.orderIds);
  return { outcomes, cancelled: outcomes.filter((o) => o.ok).length, failed: outcomes.filter((o) => !o.ok).length };
});
