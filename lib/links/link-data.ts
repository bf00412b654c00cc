// The link form's values as the OrderLink row's columns and child rows. Settings that do not apply
// to the link's type are stored empty, and the address field is stored as shown when the link's
// own shipping or card payment forces it (so what staff see is what buyers get). A link with its
// own currency keeps a minimum order value in that currency only.
import type { Prisma } from "@/lib/db/generated/client";
import { minimumOrderColumn } from "@/lib/settings/minimum-order";
import { minimumOrderFromRows } from "@/lib/settings/schemas";
import { linkForcesAddress } from "./forced-address";
import type { LinkFormInput } from "./schemas";

/** The link's minimum order override as stored; undefined when the input leaves it as it is. */
export function linkMinimumOrder(input: LinkFormInput) {
  if (!input.minimumOrder) return undefined;
  const rows = input.type === "CUSTOMER" ? input.minimumOrder : input.minimumOrder.filter((r) => r.currency === input.currency);
  return minimumOrderFromRows(rows);
}

export function linkColumns(input: LinkFormInput) {
  const hasTerms = input.type !== "CUSTOMER";
  const minimumOrder = linkMinimumOrder(input);
  return {
    name: input.name,
    description: input.description.trim() || null,
    viewOnly: input.viewOnly,
    offlineBuyerTransition: input.type === "CUSTOMER" ? input.offlineBuyerTransition : false,
    addressField: linkForcesAddress(input) ? "SHOW" : input.addressField,
    releaseAt: input.releaseEnabled && input.releaseAt ? new Date(input.releaseAt) : null,
    expiresAt: input.expirationEnabled && input.expiresAt ? new Date(input.expiresAt) : null,
    paymentMethods: [...new Set(input.paymentMethods)],
    videoUrl: input.videoSource === "LINK" ? input.videoUrl : null,
    videoFileId: input.videoSource === "FILE" ? input.videoFileId : null,
    backgroundType: input.backgroundType,
    backgroundImageFileId: input.backgroundType === "IMAGE" ? input.backgroundImageFileId : null,
    backgroundVideoUrl: input.backgroundType === "VIDEO" ? input.backgroundVideoUrl : null,
    currency: hasTerms ? input.currency : null,
    language: hasTerms && input.language ? input.language : null,
    discountRate: hasTerms ? input.discountRate : null,
    ...(minimumOrder !== undefined ? { minimumOrder: minimumOrderColumn(minimumOrder) } : {}),
  } satisfies Prisma.OrderLinkUncheckedUpdateInput;
}

export function linkChildRows(linkId: string, input: LinkFormInput) {
  return {
    catalogs: input.catalogIds.map((catalogId, position) => ({ linkId, catalogId, position })),
    rateGroups: [...new Set(input.shippingRateGroupIds)].map((rateGroupId) => ({ linkId, rateGroupId })),
    lookbooks: [...new Set(input.lookbookIds)].map((lookbookId) => ({ linkId, lookbookId })),
    contacts: input.contacts.map((c, position) => ({
      linkId,
      position,
      firstName: c.firstName.trim(),
      lastName: c.lastName.trim(),
      email: c.email.trim() || null,
      phone: c.phone.trim() || null,
      // "Line breaks are not considered": a note is one line.
      note: c.note.replace(/\s*[\r\n]+\s*/g, " ").trim() || null,
    })),
  };
}
