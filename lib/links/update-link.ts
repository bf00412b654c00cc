import "server-only";
// Edit a link with the same form: columns and configuration rows replaced in one transaction,
// with a "link.update" audit event. A deleted link (or another brand's) is not found; the type of
// a link never changes.
import { memberActor, recordAudit } from "@/lib/audit/record-audit";
import type { BrandContext } from "@/lib/auth/context";
import { hashSecret } from "@/lib/auth/password";
import { prisma } from "@/lib/db/client";
import { AppError, NotFoundError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";
import { checkLinkReferences } from "./check-link-references";
import { linkChildRows, linkColumns } from "./link-data";
import { linkSaveIssues, type LinkFormInput } from "./schemas";

export const LINK_GONE_MESSAGE = msg("links.errors.gone");

export async function updateLink(ctx: BrandContext, id: string, input: LinkFormInput) {
  const brandId = ctx.brand.id;
  const current = await prisma.orderLink.findFirst({ where: { id, brandId }, select: { type: true, passcodeHash: true, expiresAt: true } });
  if (!current) throw new NotFoundError(LINK_GONE_MESSAGE);
  if (current.type !== input.type) throw new AppError("VALIDATION", msg("links.errors.typeUnchangeable"));
  const issues = linkSaveIssues(input, { expiresAt: current.expiresAt?.toISOString() ?? null, hasPasscode: Boolean(current.passcodeHash) });
  if (Object.keys(issues).length > 0) throw new AppError("VALIDATION", msg("errors.correctFields"), issues);
  await checkLinkReferences(ctx.brand, input);
  // An empty passcode while enabled keeps the current one (its plain text is never shown again).
  const passcodeHash = !input.passcodeEnabled ? null : input.passcode ? await hashSecret(input.passcode) : undefined;
  return prisma.$transaction(async (tx) => {
    // Locks the row; a concurrent delete either ran first (count 0) or waits for this edit.
    const { count } = await tx.orderLink.updateMany({
      where: { id, brandId },
      data: { ...linkColumns(input), ...(passcodeHash !== undefined ? { passcodeHash } : {}) },
    });
    if (count === 0) throw new NotFoundError(LINK_GONE_MESSAGE);
    const rows = linkChildRows(id, input);
    await tx.orderLinkCatalog.deleteMany({ where: { linkId: id } });
    await tx.orderLinkShippingRateGroup.deleteMany({ where: { linkId: id } });
    await tx.orderLinkLookbook.deleteMany({ where: { linkId: id } });
    await tx.orderLinkContact.deleteMany({ where: { linkId: id } });
    await tx.orderLinkCatalog.createMany({ data: rows.catalogs });
    if (rows.rateGroups.length) await tx.orderLinkShippingRateGroup.createMany({ data: rows.rateGroups });
    if (rows.lookbooks.length) await tx.orderLinkLookbook.createMany({ data: rows.lookbooks });
    if (rows.contacts.length) await tx.orderLinkContact.createMany({ data: rows.contacts });
    await recordAudit(tx, { brandId, actor: memberActor(ctx.user), entityType: "OrderLink", entityId: id, action: "link.update", data: { name: input.name } });
    return { id };
  });
}
