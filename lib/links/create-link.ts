import "server-only";
// Create a New Link: the link, its configuration rows and a "link.create" audit event in one
// transaction. The token is random and never changes while the link exists.
import { memberActor, recordAudit } from "@/lib/audit/record-audit";
import type { BrandContext } from "@/lib/auth/context";
import { hashSecret } from "@/lib/auth/password";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";
import { checkLinkReferences } from "./check-link-references";
import { linkChildRows, linkColumns } from "./link-data";
import { linkSaveIssues, type LinkFormInput } from "./schemas";
import { newLinkToken } from "./token";

export async function createLink(ctx: BrandContext, input: LinkFormInput) {
  // The action's schema checks these too; a caller without it must not save a link that cannot open.
  const issues = linkSaveIssues(input, null);
  if (Object.keys(issues).length > 0) throw new AppError("VALIDATION", msg("errors.correctFields"), issues);
  await checkLinkReferences(ctx.brand, input);
  const passcodeHash = input.passcodeEnabled ? await hashSecret(input.passcode) : null;
  return prisma.$transaction(async (tx) => {
    const link = await tx.orderLink.create({
      data: { ...linkColumns(input), brandId: ctx.brand.id, type: input.type, token: newLinkToken(), passcodeHash, createdById: ctx.user.id },
      select: { id: true, token: true, type: true, name: true },
    });
    const rows = linkChildRows(link.id, input);
    await tx.orderLinkCatalog.createMany({ data: rows.catalogs });
    if (rows.rateGroups.length) await tx.orderLinkShippingRateGroup.createMany({ data: rows.rateGroups });
    if (rows.lookbooks.length) await tx.orderLinkLookbook.createMany({ data: rows.lookbooks });
    if (rows.contacts.length) await tx.orderLinkContact.createMany({ data: rows.contacts });
    await recordAudit(tx, { brandId: ctx.brand.id, actor: memberActor(ctx.user), entityType: "OrderLink", entityId: link.id, action: "link.create", to: "OPEN", data: { name: link.name, type: link.type } });
    return link;
  });
}
