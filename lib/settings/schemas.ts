// Zod schemas of the brand settings pages (general, add-ons, staff).
import { z } from "zod";
import { currencySchema } from "@/lib/products/schemas";

export const brandSettingsSchema = z.object({
  name: z.string().trim().min(1, "Enter the brand name.").max(120, "Use at most 120 characters."),
  homeCountry: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "Use a two-letter country code such as JP or US."),
  defaultCurrency: currencySchema,
});
export type BrandSettingsInput = z.input<typeof brandSettingsSchema>;

export const addOnsSchema = z.object({ stripeEnabled: z.boolean(), nextEngineEnabled: z.boolean() });

export const BRAND_ROLES = ["OWNER", "ADMIN", "STAFF", "OPS"] as const;

export const inviteStaffSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, "Enter the email address.").email("Enter a valid email address."),
  role: z.enum(BRAND_ROLES, { message: "Choose a role." }),
});
export type InviteStaffInput = z.input<typeof inviteStaffSchema>;

export const changeRoleSchema = z.object({ memberId: z.string().min(1), from: z.enum(BRAND_ROLES), role: z.enum(BRAND_ROLES) });
export const memberRefSchema = z.object({ memberId: z.string().min(1) });
export const invitationRefSchema = z.object({ invitationId: z.string().min(1) });

// The invitee's side of a staff invitation (/invite/<token>).
const invitationToken = z.string().min(10).max(100);
export const joinStaffInvitationSchema = z.object({ token: invitationToken });
export const acceptStaffInvitationSchema = z
  .object({
    token: invitationToken,
    name: z.string().trim().min(1, "Enter your name.").max(120, "Use at most 120 characters."),
    password: z.string().min(8, "Use at least 8 characters.").max(128, "Use at most 128 characters."),
    confirmPassword: z.string().min(1, "Enter the password again."),
  })
  .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], message: "The passwords do not match." });
export type AcceptStaffInvitationInput = z.input<typeof acceptStaffInvitationSchema>;
