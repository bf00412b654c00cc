import "server-only";
// Checks the ids a link form refers to against the database: catalogs, lookbooks, shipping rate
// groups and uploaded files must belong to the acting brand; at most one rate group per
// Currency x Country; Stripe only with the add-on. Failures are field errors, nothing is written.
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";
import type { LinkFormInput } from "./schemas";
import { LINK_MEDIA_RULES } from "./schemas";

export async function checkLinkReferences(brand: { id: string; stripeEnabled: boolean }, input: LinkFormInput) {
  const brandId = brand.id;
  const fileIds = [input.videoSource === "FILE" ? input.videoFileId : "", input.backgroundType === "IMAGE" ? input.backgroundImageFileId : ""].filter(Boolean);
  const [catalogs, lookbooks, rateGroups, files] = await Promise.all([
    prisma.catalog.count({ where: { brandId, id: { in: input.catalogIds } } }),
    prisma.lookbook.count({ where: { brandId, id: { in: input.lookbookIds } } }),
    prisma.shippingRateGroup.findMany({ where: { brandId, id: { in: input.shippingRateGroupIds } }, select: { id: true, currency: true, country: true } }),
    prisma.storedFile.findMany({ where: { brandId, id: { in: fileIds } }, select: { id: true, contentType: true } }),
  ]);
  const errors: Record<string, string> = {};
  if (catalogs !== new Set(input.catalogIds).size) errors.catalogIds = msg("links.errors.catalogGone");
  if (lookbooks !== new Set(input.lookbookIds).size) errors.lookbookIds = msg("links.errors.lookbookGone");
  if (rateGroups.length !== new Set(input.shippingRateGroupIds).size) {
    errors.shippingRateGroupIds = msg("links.errors.rateGroupGone");
  } else {
    const combos = new Set(rateGroups.map((g) => `${g.currency}|${g.country ?? "*"}`));
    if (combos.size !== rateGroups.length) errors.shippingRateGroupIds = msg("links.errors.rateGroupPerCombination");
  }
  if (input.paymentMethods.includes("STRIPE_CARD") && !brand.stripeEnabled) {
    errors.paymentMethods = msg("links.errors.stripeAddOn");
  }
  const fileOk = (id: string, kind: keyof typeof LINK_MEDIA_RULES) =>
    files.some((f) => f.id === id && (LINK_MEDIA_RULES[kind].types as readonly string[]).includes(f.contentType));
  if (input.videoSource === "FILE" && !fileOk(input.videoFileId, "video")) errors.videoFileId = msg("links.errors.videoFileAgain");
  if (input.backgroundType === "IMAGE" && !fileOk(input.backgroundImageFileId, "image")) errors.backgroundImageFileId = msg("links.errors.backgroundImageAgain");
  if (Object.keys(errors).length > 0) throw new AppError("VALIDATION", msg("errors.correctFields"), errors);
}
