import "server-only";
// Creates, edits and deletes Shipping Rate Groups with their rates (replaced as a whole on save).
import { memberActor, recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/context";
import { prisma } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors/app-error";
import { toMinor } from "@/lib/money/format";
import type { RateGroupFormValues } from "./schemas";
import { msg } from "@/lib/i18n/message-text";

export async function saveRateGroup(brandId: string, user: SessionUser, values: RateGroupFormValues, id?: string) {
  const rates = values.rates.map((r) => ({
    name: r.name,
    minAmount: r.minAmount === null ? null : toMinor(r.minAmount, values.currency),
    maxAmount: r.maxAmount === null ? null : toMinor(r.maxAmount, values.currency),
    fee: toMinor(r.fee, values.currency),
  }));
  return prisma.$transaction(async (tx) => {
    const data = { name: values.name, currency: values.currency, country: values.country };
    let groupId: string;
    if (id) {
      const updated = await tx.shippingRateGroup.updateMany({ where: { id, brandId }, data });
      if (updated.count === 0) throw new NotFoundError(msg("settings.errors.rateGroupGone"));
      await tx.shippingRate.deleteMany({ where: { rateGroupId: id } });
      groupId = id;
    } else {
      groupId = (await tx.shippingRateGroup.create({ data: { ...data, brandId }, select: { id: true } })).id;
    }
    await tx.shippingRate.createMany({ data: rates.map((r) => ({ ...r, rateGroupId: groupId })) });
    await recordAudit(tx, { brandId, actor: memberActor(user), entityType: "ShippingRateGroup", entityId: groupId, action: id ? "rate-group.update" : "rate-group.create", data: { name: values.name, rates: rates.length } });
    return { id: groupId };
  });
}

/** Deleting removes the group from links and catalogs; orders keep their fee (the link is nulled). */
export async function deleteRateGroup(brandId: string, user: SessionUser, id: string) {
  return prisma.$transaction(async (tx) => {
    const deleted = await tx.shippingRateGroup.deleteMany({ where: { id, brandId } });
    if (deleted.count === 0) throw new NotFoundError(msg("settings.errors.rateGroupAlreadyDeleted"));
    await recordAudit(tx, { brandId, actor: memberActor(user), entityType: "ShippingRateGroup", entityId: id, action: "rate-group.delete" });
    return { id };
  });
}
