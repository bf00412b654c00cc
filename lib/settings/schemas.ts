// Zod schemas of the brand settings pages (general, add-ons, staff).
import { z } from "zod";
import { withNewPassword } from "@/lib/auth/password-policy";
import { SECRET_TOKEN_MAX_LENGTH } from "@/lib/auth/secret-token";
import { msg } from "@/lib/i18n/message-text";
import { currencySchema } from "@/lib/products/schemas";
import { isTimeZone } from "./time-zones";

export const BRAND_LANGUAGES = ["EN", "JA"] as const;

export const brandSettingsSchema = z.object({
  name: z.string().trim().min(1, msg("settings.errors.brandName")).max(120),
  homeCountry: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, msg("settings.errors.homeCountry")),
  defaultCurrency: currencySchema,
  /** The brand's working language: its staff's default and its link pages' before a buyer logs in. */
  language: z.enum(BRAND_LANGUAGES),
  /** Dates and times of the brand (admin, link pages, documents) are shown in this IANA zone. */
  timeZone: z.string().trim().refine(isTimeZone, msg("settings.errors.timeZone")),
});
export type BrandSettingsInput = z.input<typeof brandSettingsSchema>;
export type BrandSettings = z.output<typeof brandSettingsSchema>;

export const addOnsSchema = z.object({ stripeEnabled: z.boolean(), nextEngineEnabled: z.boolean() });

export const BRAND_ROLES = ["OWNER", "ADMIN", "STAFF", "OPS"] as const;

export const inviteStaffSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, msg("settings.errors.email")).email(),
  role: z.enum(BRAND_ROLES, { message: msg("settings.errors.role") }),
});
export type InviteStaffInput = z.input<typeof inviteStaffSchema>;

export const changeRoleSchema = z.object({ memberId: z.string().min(1), from: z.enum(BRAND_ROLES), role: z.enum(BRAND_ROLES) });
export const memberRefSchema = z.object({ memberId: z.string().min(1) });
export const invitationRefSchema = z.object({ invitationId: z.string().min(1) });

// The invitee's side of a staff invitation (/invite/<token>): its messages are in `auth`, the
// namespace the signed-out pages send to the browser. A new account's password follows the one
// password rule (lib/auth/password-policy.ts).
const invitationToken = z.string().min(10).max(SECRET_TOKEN_MAX_LENGTH);
export const joinStaffInvitationSchema = z.object({ token: invitationToken });
export const acceptStaffInvitationSchema = withNewPassword({
  token: invitationToken,
  name: z.string().trim().min(1, msg("auth.staffInvitation.errors.enterName")).max(120),
});
export type AcceptStaffInvitationInput = z.input<typeof acceptStaffInvitationSchema>;
