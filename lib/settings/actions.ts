"use server";
// Server actions of the Settings pages (general, minimum order value, add-ons, staff).
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { brandAction } from "@/lib/actions/action-client";
import { updateAddOns, updateBrandSettings } from "./brand-settings";
import { updateMinimumOrder } from "./minimum-order";
import { addOnsSchema, brandSettingsSchema, changeRoleSchema, invitationRefSchema, inviteStaffSchema, memberRefSchema, minimumOrderSchema } from "./schemas";
import { changeStaffRole, inviteStaff, removeStaffMember, revokeStaffInvitation } from "./staff";

async function appUrl() {
  if (process.env.APP_URL) return process.env.APP_URL.replace(/\/$/, "");
  const h = await headers();
  return `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host") ?? "localhost:3000"}`;
}

export const updateBrandSettingsAction = brandAction({ schema: brandSettingsSchema, permission: "settings.manage" }, async (input, ctx) => {
  const result = await updateBrandSettings(ctx, input);
  revalidatePath("/admin", "layout");
  return result;
});

export const updateMinimumOrderAction = brandAction({ schema: minimumOrderSchema, permission: "settings.manage" }, async (input, ctx) => {
  const result = await updateMinimumOrder(ctx, input.minimumOrder);
  revalidatePath("/admin/settings");
  return result;
});

export const updateAddOnsAction = brandAction({ schema: addOnsSchema, permission: "settings.manage" }, async (input, ctx) => {
  const result = await updateAddOns(ctx, input);
  revalidatePath("/admin/settings");
  return result;
});

export const inviteStaffAction = brandAction({ schema: inviteStaffSchema, permission: "staff.manage" }, async (input, ctx) => {
  const result = await inviteStaff(ctx, input, await appUrl());
  revalidatePath("/admin/settings/staff");
  return result;
});

export const revokeStaffInvitationAction = brandAction({ schema: invitationRefSchema, permission: "staff.manage" }, async (input, ctx) => {
  const result = await revokeStaffInvitation(ctx, input.invitationId);
  revalidatePath("/admin/settings/staff");
  return result;
});

export const changeStaffRoleAction = brandAction({ schema: changeRoleSchema, permission: "staff.manage" }, async (input, ctx) => {
  const result = await changeStaffRole(ctx, input);
  revalidatePath("/admin/settings/staff");
  return result;
});

export const removeStaffMemberAction = brandAction({ schema: memberRefSchema, permission: "staff.manage" }, async (input, ctx) => {
  const result = await removeStaffMember(ctx, input.memberId);
  revalidatePath("/admin/settings/staff");
  return result;
});
