"use server";
// Server actions of the Links menu. Each validates with the form's schema, acts for the brand of
// the session (links.manage), calls one domain function and revalidates the pages it changed.
import { revalidatePath } from "next/cache";
import { brandAction } from "@/lib/actions/action-client";
import { changeLinkStatus } from "./change-link-status";
import { createLink } from "./create-link";
import { deleteLink } from "./delete-link";
import { createLinkSchema, linkStatusUpdateSchema, updateLinkSchema } from "./schemas";
import { updateLink } from "./update-link";

export const createLinkAction = brandAction({ schema: createLinkSchema, permission: "links.manage" }, async (input, ctx) => {
  const link = await createLink(ctx, input);
  revalidatePath("/admin/links");
  return link;
});

export const updateLinkAction = brandAction({ schema: updateLinkSchema, permission: "links.manage" }, async ({ id, values }, ctx) => {
  const result = await updateLink(ctx, id, values);
  revalidatePath("/admin/links");
  revalidatePath(`/admin/links/${id}`);
  return result;
});

export const updateLinkStatusAction = brandAction({ schema: linkStatusUpdateSchema, permission: "links.manage" }, async (input, ctx) => {
  const result =
    input.to === "DELETED" ? await deleteLink(ctx, { id: input.id, from: input.from }) : await changeLinkStatus(ctx, { id: input.id, from: input.from, to: input.to });
  revalidatePath("/admin/links");
  revalidatePath(`/admin/links/${input.id}`);
  return result;
});
