import "server-only";
// Checks the ids a link form refers to against the database: catalogs, lookbooks, shipping rate
// groups and uploaded files must belong to the acting brand; at most one rate group per
// Currency x Country; Stripe only with the add-on. Failures are field errors, nothing is written.
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
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
  if (catalogs !== new Set(input.catalogIds).size) errors.catalogIds = "One of the selected catalogs no longer exists. Reload the page and select again.";
  if (lookbooks !== new Set(input.lookbookIds).size) errors.lookbookIds = "One of the selected lookbooks no longer exists. Reload the page and select again.";
  if (rateGroups.length !== new Set(input.shippingRateGroupIds).size) {
    errors.shippingRateGroupIds = "One of the selected shipping rate groups no longer exists. Reload the page and select again.";
  } else {
    const combos = new Set(rateGroups.map((g) => `${g.currency}|${g.country ?? "*"}`));
    if (combos.size !== rateGroups.length) errors.shippingRateGroupIds = "Select at most one rate group for each Currency and Country combination.";
  }
  if (input.paymentMethods.includes("STRIPE_CARD") && !brand.stripeEnabled) {
    errors.paymentMethods = "Stripe Credit Card Payment needs the Stripe Credit Card Payment Integration Add-on.";
  }
  const fileOk = (id: string, kind: keyof typeof LINK_MEDIA_RULES) =>
    files.some((f) => f.id === id && (LINK_MEDIA_RULES[kind].types as readonly string[]).includes(f.contentType));
  if (input.videoSource === "FILE" && !fileOk(input.videoFileId, "video")) errors.videoFileId = "Upload the video file again.";
  if (input.backgroundType === "IMAGE" && !fileOk(input.backgroundImageFileId, "image")) errors.backgroundImageFileId = "Upload the background image again.";
  if (Object.keys(errors).length > 0) throw new AppError("VALIDATION", "Please correct the highlighted fields.", errors);
}
