"use server";
// Server action of the Staff page's two-factor requirement switch (Owner only, see two-factor-requirement.ts).
import { revalidatePath } from "next/cache";
import { brandAction } from "@/lib/actions/action-client";
import { twoFactorRequirementSchema } from "@/lib/auth/two-factor/schemas";
import { setTwoFactorRequirement } from "./two-factor-requirement";

export const setTwoFactorRequirementAction = brandAction({ schema: twoFactorRequirementSchema, permission: "staff.manage" }, async ({ required }, ctx) => {
  const result = await setTwoFactorRequirement(ctx, required);
  revalidatePath("/admin/settings/staff");
  return result;
});
