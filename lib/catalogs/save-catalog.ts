import "server-only";
// Creates or edits a catalog with its Limited buyer list, shipping rate groups and minimum order
// value override. Buyers must be connected to the brand and rate groups must be the brand's;
// anything else is a field error.
import { memberActor, recordAudit } from "@/lib/audit/record-audit";
import type { BrandContext } from "@/lib/auth/context";
import { prisma } from "@/lib/db/client";
import { AppError, NotFoundError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";
import { minimumOrderColumn } from "@/lib/settings/minimum-order";
import { minimumOrderFromRows } from "@/lib/settings/schemas";
import type { CatalogFormValues } from "./schemas";

export async function saveCatalog(ctx: BrandContext, values: CatalogFormValues, id?: string) {
  const brandId = ctx.brand.id;
  if (values.paymentMethods.includes("STRIPE_CARD") && !ctx.brand.stripeEnabled) {
    throw new AppError("VALIDATION", msg("errors.correctFields"), { paymentMethods: msg("catalogs.errors.stripeOff") });
  }
  const buyerIds = values.status === "LIMITED" ? [...new Set(values.buyerIds)] : [];
  const rateGroupIds = [...new Set(values.shippingRateGroupIds)];
  return prisma.$transaction(async (tx) => {
    const [connected, groups] = await Promise.all([
      tx.connection.count({ where: { brandId, buyerId: { in: buyerIds } } }),
      tx.shippingRateGroup.count({ where: { brandId, id: { in: rateGroupIds } } }),
    ]);
    if (connected !== buyerIds.length) throw new AppError("VALIDATION", msg("errors.correctFields"), { buyerIds: msg("catalogs.errors.buyersNotConnected") });
    if (groups !== rateGroupIds.length) throw new AppError("VALIDATION", msg("errors.correctFields"), { shippingRateGroupIds: msg("catalogs.errors.rateGroupsNotOwn") });
    const data = {
      name: values.name, season: values.season, status: values.status, publicationDate: values.publicationDate, orderDeadline: values.orderDeadline,
      discountRate: values.discountRate, addressField: values.addressField, paymentMethods: values.paymentMethods,
      ...(values.minimumOrder ? { minimumOrder: minimumOrderColumn(minimumOrderFromRows(values.minimumOrder)) } : {}),
    };
    let catalogId: string;
    let from: string | null = null;
    if (id) {
      const before = await tx.catalog.findFirst({ where: { id, brandId }, select: { status: true } });
      if (!before) throw new NotFoundError(msg("catalogs.errors.notFound"));
      from = before.status;
      await tx.catalog.updateMany({ where: { id, brandId }, data });
      await tx.catalogBuyerAccess.deleteMany({ where: { catalogId: id } });
      await tx.catalogShippingRateGroup.deleteMany({ where: { catalogId: id } });
      catalogId = id;
    } else {
      catalogId = (await tx.catalog.create({ data: { ...data, brandId }, select: { id: true } })).id;
    }
    if (buyerIds.length) await tx.catalogBuyerAccess.createMany({ data: buyerIds.map((buyerId) => ({ catalogId, buyerId })) });
    if (rateGroupIds.length) await tx.catalogShippingRateGroup.createMany({ data: rateGroupIds.map((rateGroupId) => ({ catalogId, rateGroupId })) });
    await recordAudit(tx, {
      brandId, actor: memberActor(ctx.user), entityType: "Catalog", entityId: catalogId, action: id ? "catalog.update" : "catalog.create",
      from, to: values.status, data: { name: values.name, buyers: buyerIds.length, rateGroups: rateGroupIds.length, ...(values.minimumOrder ? { minimumOrder: minimumOrderFromRows(values.minimumOrder) } : {}) },
    });
    return { id: catalogId };
  });
}
