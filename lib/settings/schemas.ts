// Zod schemas of the brand settings pages (general, minimum order value, add-ons, staff).
import { z } from "zod";
import { withNewPassword } from "@/lib/auth/password-policy";
import { SECRET_TOKEN_MAX_LENGTH } from "@/lib/auth/secret-token";
import { msg } from "@/lib/i18n/message-text";
import { fromMinor, minorDigits, toMinor } from "@/lib/money/format";
import { minimumOrderSettingSchema, parseMinimumOrder, type MinimumOrderSetting } from "@/lib/order-rules/minimum-order-value";
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

// ── Minimum order value (Settings, and the catalog and link forms' overrides) ──
// Typed per currency in its major unit (¥30,000, $300.00), stored in minor units as the order-rule
// engine reads it (lib/order-rules/minimum-order-value). A blank amount means no minimum here: the
// brand has none, a catalog or link inherits.

const MAX_MINIMUM = 100_000_000;
const WELL_FORMED_CURRENCY = /^[A-Z]{3}$/;

/** An amount as typed ("30,000", "300.50") in minor units, null when blank, or what is wrong with it (a catalogue key). */
export function parseMajorAmount(text: string, currency: string): { minor: number | null } | { error: string } {
  const clean = String(text ?? "").replace(/[,\s]/g, "");
  if (clean === "") return { minor: null };
  if (!/^-?\d+(\.\d+)?$/.test(clean) || !WELL_FORMED_CURRENCY.test(currency)) return { error: msg("orderRules.admin.minimumOrder.errors.number") };
  if (clean.startsWith("-")) return { error: msg("orderRules.admin.minimumOrder.errors.negative") };
  const digits = minorDigits(currency);
  if ((clean.split(".")[1]?.length ?? 0) > digits) return { error: msg("orderRules.admin.minimumOrder.errors.decimals", { currency, digits }) };
  const value = Number(clean);
  if (value > MAX_MINIMUM) return { error: msg("orderRules.admin.minimumOrder.errors.tooLarge") };
  return { minor: toMinor(value, currency) };
}

const minimumOrderRowSchema = z.object({ currency: currencySchema, amount: z.string().max(40), firstOrder: z.string().max(40) });
export type MinimumOrderRow = z.input<typeof minimumOrderRowSchema>;

/** One row per currency; the amounts stay as typed (minimumOrderFromRows converts them). */
export const minimumOrderRowsSchema = z
  .array(minimumOrderRowSchema)
  .max(40)
  .superRefine((rows, ctx) => {
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      if (seen.has(row.currency)) ctx.addIssue({ code: "custom", path: [i, "currency"], message: msg("orderRules.admin.minimumOrder.errors.currencyTwice", { currency: row.currency }) });
      seen.add(row.currency);
      const amount = parseMajorAmount(row.amount, row.currency);
      const firstOrder = parseMajorAmount(row.firstOrder, row.currency);
      if ("error" in amount) ctx.addIssue({ code: "custom", path: [i, "amount"], message: amount.error });
      if ("error" in firstOrder) ctx.addIssue({ code: "custom", path: [i, "firstOrder"], message: firstOrder.error });
      if ("minor" in amount && amount.minor === null && "minor" in firstOrder && firstOrder.minor !== null) {
        ctx.addIssue({ code: "custom", path: [i, "amount"], message: msg("orderRules.admin.minimumOrder.errors.amountWithFirstOrder") });
      }
    });
  });

/** Settings > General: the brand's own minimum order value. */
export const minimumOrderSchema = z.object({ minimumOrder: minimumOrderRowsSchema });

/** Valid rows as the stored setting (minor units); null when no currency has an amount. Rows that do not parse are left out. */
export function minimumOrderFromRows(rows: MinimumOrderRow[]): MinimumOrderSetting | null {
  const setting: MinimumOrderSetting = {};
  for (const row of rows) {
    const amount = parseMajorAmount(row.amount, row.currency);
    if (!("minor" in amount) || amount.minor === null) continue;
    const firstOrder = parseMajorAmount(row.firstOrder, row.currency);
    setting[row.currency] = { amount: amount.minor, firstOrder: "minor" in firstOrder ? firstOrder.minor : null };
  }
  const parsed = minimumOrderSettingSchema.safeParse(setting);
  return parsed.success && Object.keys(parsed.data).length > 0 ? parsed.data : null;
}

/** The form's rows of a stored setting: one per currency offered and per currency it sets. */
export function minimumOrderRows(stored: unknown, currencies: string[]): MinimumOrderRow[] {
  const setting = parseMinimumOrder(stored);
  const text = (minor: number | null | undefined, currency: string) => (minor == null ? "" : String(fromMinor(minor, currency)));
  return [...new Set([...currencies, ...Object.keys(setting)])]
    .filter((currency) => WELL_FORMED_CURRENCY.test(currency))
    .map((currency) => ({ currency, amount: text(setting[currency]?.amount, currency), firstOrder: text(setting[currency]?.firstOrder, currency) }));
}

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
