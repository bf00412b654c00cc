// Inputs of the Buyers menu and the buyer side of connections: one schema per form, shared by the
// form (zodResolver) and its server action.
import { z } from "zod";
import { withNewPassword } from "@/lib/auth/password-policy";
import { SECRET_TOKEN_MAX_LENGTH } from "@/lib/auth/secret-token";
import { msg } from "@/lib/i18n/message-text";
import { readListQuery, searchText, type QueryString } from "@/lib/pagination/search-text";

export const CONNECTION_STATUSES = ["CONNECTED", "CLOSED"] as const;
export const OWNERSHIPS = ["CUSTOMER_OWNED", "OFFLINE"] as const;
export const LANGUAGES = ["EN", "JA"] as const;
/** Currencies a brand can trade in (ISO 4217); prices must exist in the chosen one. */
export const TRADING_CURRENCIES = ["JPY", "USD", "EUR", "GBP", "KRW", "CNY", "TWD", "HKD", "AUD", "CAD"] as const;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : undefined));

const optionalEmail = z
  .union([z.literal(""), z.email()])
  .optional()
  .transform((v) => (v ? v.toLowerCase() : undefined));

/** A two-letter country code; the message is the reader's area's own (admin or Buyer App). */
const countryCode = (message: string) => z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, message);
const country = countryCode(msg("buyers.errors.countryCode"));

/** The Connected Buyers search, read from the query string (Status defaults to Connected). */
export const buyerSearchSchema = z.object({
  status: z.enum(CONNECTION_STATUSES).catch("CONNECTED"),
  name: searchText.optional().catch(undefined),
  email: searchText.optional().catch(undefined),
  country: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/).optional().catch(undefined),
  ownership: z.enum(OWNERSHIPS).optional().catch(undefined),
  currency: z.enum(TRADING_CURRENCIES).optional().catch(undefined),
});
export type BuyerSearch = z.infer<typeof buyerSearchSchema>;

export function parseBuyerSearch(search: QueryString): BuyerSearch {
  return buyerSearchSchema.parse(readListQuery(search).values);
}

export const buyerIdSchema = z.object({ buyerId: z.string().min(1) });

/** Trading terms of a connection: discount rate, currency, language, payment terms. */
export const tradingTermsFields = {
  // Forms send text; an empty box is "missing", not 0.
  discountRate: z.preprocess(
    (v) => (v === "" || v === null || v === undefined ? undefined : typeof v === "string" ? Number(v) : v),
    z
      .number({ error: msg("buyers.errors.discountRate") })
      .min(0, msg("buyers.errors.discountNegative"))
      .max(100, msg("buyers.errors.discountTooHigh"))
      .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, msg("buyers.errors.discountDecimals")),
  ),
  currency: z.enum(TRADING_CURRENCIES, { error: msg("buyers.errors.currency") }),
  language: z.enum(LANGUAGES, { error: msg("buyers.errors.language") }),
  paymentTerms: optionalText(200),
};
export const tradingTermsSchema = z.object({ buyerId: z.string().min(1), ...tradingTermsFields });
export type TradingTermsInput = z.input<typeof tradingTermsSchema>;

/** Brand-specific credentials: a unique code (unique within the brand) and a passcode. */
export const brandCredentialsSchema = z.object({
  buyerId: z.string().min(1),
  uniqueCode: z
    .string()
    .trim()
    .min(3)
    .max(32)
    .regex(/^[A-Za-z0-9_-]+$/, msg("buyers.errors.uniqueCodeCharacters")),
  passcode: z.string().min(6).max(64),
});
export type BrandCredentialsInput = z.input<typeof brandCredentialsSchema>;

/** Customer Order Link login of an offline buyer (several offline buyers may share one email). */
export const offlineLoginSchema = z.object({
  buyerId: z.string().min(1),
  linkLoginEmail: z.email().trim().toLowerCase(),
  linkLoginPassword: z.string().min(8).max(128),
});
export type OfflineLoginInput = z.input<typeof offlineLoginSchema>;

export const addressFields = {
  recipientName: z.string().trim().min(1, msg("buyers.errors.recipientName")).max(100),
  line1: z.string().trim().min(1, msg("buyers.errors.line1")).max(200),
  line2: optionalText(200),
  city: z.string().trim().min(1, msg("buyers.errors.city")).max(100),
  region: optionalText(100),
  postalCode: z.string().trim().min(1, msg("buyers.errors.postalCode")).max(20),
  country,
  phone: optionalText(40),
};
export const addressSchema = z.object(addressFields);

/** Create an offline buyer: brand-managed company data, its address and its trading terms. */
export const offlineBuyerSchema = z
  .object({
    name: z.string().trim().min(1, msg("buyers.errors.companyName")).max(120),
    country,
    contactName: optionalText(100),
    email: optionalEmail,
    phone: optionalText(40),
    address: addressSchema,
    ...tradingTermsFields,
    linkLoginEmail: optionalEmail,
    linkLoginPassword: z
      .union([z.literal(""), z.string().min(8).max(128)])
      .optional()
      .transform((v) => v || undefined),
  })
  .superRefine((value, ctx) => {
    if (value.linkLoginEmail && !value.linkLoginPassword) ctx.addIssue({ code: "custom", path: ["linkLoginPassword"], message: msg("buyers.errors.loginPasswordMissing") });
    if (value.linkLoginPassword && !value.linkLoginEmail) ctx.addIssue({ code: "custom", path: ["linkLoginEmail"], message: msg("buyers.errors.loginEmailMissing") });
  });
export type OfflineBuyerInput = z.input<typeof offlineBuyerSchema>;

/** Invite a buyer by email (or offer a connection to the organization that uses it) with terms. */
export const inviteBuyerSchema = z.object({
  email: z.email().trim().toLowerCase(),
  ...tradingTermsFields,
});
export type InviteBuyerInput = z.input<typeof inviteBuyerSchema>;

export const invitationIdSchema = z.object({ invitationId: z.string().min(1) });

/** The buyer accepts for one of their organizations, or creates one. */
export const acceptInvitationSchema = z
  .object({
    token: z.string().min(1),
    buyerId: z.string().optional().transform((v) => v || undefined),
    newOrganizationName: optionalText(120),
    newOrganizationCountry: z
      .union([z.literal(""), countryCode(msg("auth.buyerInvitation.errors.countryCode"))])
      .optional()
      .transform((v) => v || undefined),
  })
  .superRefine((value, ctx) => {
    if (value.buyerId) return;
    if (!value.newOrganizationName) ctx.addIssue({ code: "custom", path: ["newOrganizationName"], message: msg("auth.buyerInvitation.errors.companyName") });
    if (!value.newOrganizationCountry) ctx.addIssue({ code: "custom", path: ["newOrganizationCountry"], message: msg("auth.buyerInvitation.errors.countryCode") });
  });
export type AcceptInvitationInput = z.input<typeof acceptInvitationSchema>;

/** An invited address with no account answers from the link: the account (under the one password rule) and its new organization. */
export const acceptInvitationWithAccountSchema = withNewPassword({
  token: z.string().min(1).max(SECRET_TOKEN_MAX_LENGTH),
  name: z.string().trim().min(1, msg("auth.resetPassword.errors.enterName")).max(120),
  organizationName: z.string().trim().min(1, msg("auth.buyerInvitation.errors.companyName")).max(120),
  organizationCountry: countryCode(msg("auth.buyerInvitation.errors.countryCode")),
});
export type AcceptInvitationWithAccountInput = z.input<typeof acceptInvitationWithAccountSchema>;
