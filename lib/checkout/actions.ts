"use server";
// Server actions of guest orders matching an existing buyer: brand staff confirm the match on the
// order page, the owner of the address confirms through the e-mailed link (on the brand's link
// page: the link token is bound by the page, the e-mailed token is the input).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { brandAction, publicAction } from "@/lib/actions/action-client";
import { prisma } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";
import { orderIdSchema } from "@/lib/orders/schemas";
import { confirmOrderMatchByStaff, confirmOrderMatchByToken } from "./confirm-order-match";

function revalidateMatched(orderId: string) {
  revalidatePath("/admin/orders");
  revalidatePath(`/admin/orders/${orderId}`);
  revalidatePath("/buyer/orders");
}

export const confirmOrderMatchAction = brandAction({ schema: orderIdSchema, permission: "orders.manage" }, async (input, ctx) => {
  const result = await confirmOrderMatchByStaff(ctx, input.orderId);
  revalidateMatched(result.orderId);
  return result;
});

const matchTokenSchema = z.object({ token: z.string().min(1).max(100) });

export async function confirmOrderMatchByTokenAction(linkToken: string, input: { token: string }) {
  return publicAction({ schema: matchTokenSchema }, async ({ token }) => {
    const link = await prisma.orderLink.findUnique({ where: { token: linkToken }, select: { brandId: true } });
    if (!link) throw new NotFoundError(msg("checkout.errors.linkNotFound"));
    const result = await confirmOrderMatchByToken(link.brandId, token);
    revalidateMatched(result.orderId);
    return result;
  })(input);
}
