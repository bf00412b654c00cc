// The shipping desk's words, in one place so they move to the message catalogues together
// (English for now). Counts go through lib/format/plural so they read right for 1 and for many.
// Server and browser alike: the pop-ups import it too.
import type { ReleaseFailureReason } from "@/lib/db/generated/enums";
import { counted, listOf, plural } from "@/lib/format/plural";
import { RELEASE_FAILURE_LABELS } from "@/lib/orders/status-labels";

// The help-center page's advice for these failures, ending the one sentence that names the problem.
const CONFIRM_ADDRESS = "please contact the customer directly to confirm the correct recipient's address";
const CHECK_INVENTORY = "please check the total quantity and inventory status for each option";

/**
 * Failed to Release details: one sentence saying what exactly is wrong, stored on the order and
 * shown under its reason badge. It never restates the badge's words, so it also stands alone as
 * the pop-up's message (see releaseFailureMessage).
 */
export const releaseFailureDetails = {
  addressMissing: (fields: string[]) => `The shipping address has no ${listOf(fields)}: ${CONFIRM_ADDRESS}.`,
  notACountry: (country: string) => `"${country}" is not a shipping country: ${CONFIRM_ADDRESS}.`,
  postalCode: (postalCode: string, country: string) => `The postal code "${postalCode}" is not valid for ${country}: ${CONFIRM_ADDRESS}.`,
  noDeliveryName: (products: string[]) => `There is no delivery name in the registered product information of ${listOf(products)}.`,
  stockShort: (skus: { code: string; needs: number; inStock: number }[]) =>
    `Not enough stock for ${listOf(skus.map((s) => `${s.code} (needs ${s.needs.toLocaleString("en")}, ${s.inStock.toLocaleString("en")} in stock)`))}: ${CHECK_INVENTORY}.`,
};

/** What the pop-up says about one failed order: its detail, or the reason itself when that says it all. */
export function releaseFailureMessage(reason: ReleaseFailureReason, detail: string | null): string {
  return detail ?? `${RELEASE_FAILURE_LABELS[reason]}.`;
}

export const releaseMessages = {
  alreadyChanged: "This order's release status was already changed by someone else.",
  title: "Preparing to Release",
  description: "Check the total quantity and inventory for each option, then prepare the orders for release.",
  /** Who gets the stock: within this release by placement, across releases whoever finished first. */
  servedFirst: "Oldest orders are served first.",
  earlierReleases: "Stock that another release has already taken stays with its orders, even newer ones.",
  checking: "Checking inventory…",
  prepare: "Prepare for release",
  ordersTile: (count: number) => plural(count, "Order", "Orders"),
  optionsTile: (count: number) => plural(count, "Option", "Options"),
  someShort: "Some options are short: orders that cannot be covered will move to Failed to Release; the others are prepared.",
  shortBy: (count: number) => `Short by ${count.toLocaleString("en")}`,
  progress: (done: number, total: number) => `Processed ${done.toLocaleString("en")} of ${counted(total, "order", "orders")}…`,
  released: (count: number) => `${counted(count, "order", "orders")} moved to Preparing product.`,
  failed: (count: number) => `${counted(count, "order", "orders")} failed to release.`,
  moreFailures: (count: number) => `And ${counted(count, "more order", "more orders")}: see Failed to Release.`,
};

export const cancelMessages = {
  title: "Cancel orders",
  description: (count: number) =>
    count === 1
      ? "Cancel the selected order. The buyer is told by e-mail with your reason. This cannot be undone."
      : `Cancel ${counted(count, "selected order", "selected orders")}. Each buyer is told by e-mail with your reason. This cannot be undone.`,
  cancelled: (count: number) =>
    `${counted(count, "order", "orders")} cancelled. ${count === 1 ? "The buyer has been told by e-mail." : "The buyers have been told by e-mail."}`,
};

export const shippingOptionMessages = {
  /** The drop-down's first entry: no filter. */
  all: "All shipping options",
  /** Orders without a shipping rate group (none applied at checkout, or the group was deleted since). */
  none: "No shipping option",
};
