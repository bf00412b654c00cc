import "server-only";
// "Create Tag": a brand's tag, created on the spot from the confirmation modal.
import { memberActor, recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import type { Staff } from "./staff";

export async function createTag(staff: Staff, name: string) {
  try {
    return await prisma.$transaction(async (tx) => {
      const tag = await tx.tag.create({ data: { brandId: staff.brand.id, name }, select: { id: true, name: true } });
      await recordAudit(tx, { brandId: staff.brand.id, actor: memberActor(staff.user), entityType: "Tag", entityId: tag.id, action: "tag.create", data: { name } });
      return tag;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("VALIDATION", "A tag with this name already exists.", { name: "A tag with this name already exists." });
    }
    throw error;
  }
}
