"use server";
// Server actions of the Buyers menu. The brand always comes from the session (brandAction); each
// action validates with its form's schema, calls one domain function and revalidates its pages.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { brandAction } from "@/lib/actions/action-client";
import { memberActor } from "@/lib/audit/record-audit";
import { requestLocale } from "@/lib/i18n/request-locale";
import { translatorFor } from "@/lib/i18n/translator";
import { createOfflineBuyer } from "./create-offline-buyer";
import { disconnectBuyer } from "./disconnect-buyer";
import { inviteBuyer } from "./invite-buyer";
import { reconnectBuyer } from "./reconnect-buyer";
import { revokeInvitation } from "./revoke-invitation";
import {
  brandCredentialsSchema,
  buyerIdSchema,
  invitationIdSchema,
  inviteBuyerSchema,
  offlineBuyerSchema,
  offlineLoginSchema,
  tradingTermsSchema,
} from "./schemas";
import { resetBrandCredentials, setBrandCredentials } from "./set-brand-credentials";
import { setOfflineLogin } from "./set-offline-login";
import { updateTradingTerms } from "./update-trading-terms";

const PERMISSION = "buyers.manage" as const;

function revalidateBuyer(buyerId?: string) {
  revalidatePath("/admin/buyers");
  if (buyerId) revalidatePath(`/admin/buyers/${buyerId}`);
}

export const disconnectBuyerAction = brandAction({ schema: buyerIdSchema, permission: PERMISSION }, async ({ buyerId }, ctx) => {
  const result = await disconnectBuyer({ brandId: ctx.brand.id, buyerId, actor: memberActor(ctx.user) });
  revalidateBuyer(buyerId);
  return result;
});

export const reconnectBuyerAction = brandAction({ schema: buyerIdSchema, permission: PERMISSION }, async ({ buyerId }, ctx) => {
  const result = await reconnectBuyer({ brandId: ctx.brand.id, buyerId, actor: memberActor(ctx.user) });
  revalidateBuyer(buyerId);
  return result;
});

export const updateTradingTermsAction = brandAction({ schema: tradingTermsSchema, permission: PERMISSION }, async ({ buyerId, ...terms }, ctx) => {
  const result = await updateTradingTerms({ brandId: ctx.brand.id, buyerId, actor: memberActor(ctx.user), terms });
  revalidateBuyer(buyerId);
  return result;
});

export const setBrandCredentialsAction = brandAction({ schema: brandCredentialsSchema, permission: PERMISSION }, async (input, ctx) => {
  const result = await setBrandCredentials({ brandId: ctx.brand.id, actor: memberActor(ctx.user), ...input });
  revalidateBuyer(input.buyerId);
  return result;
});

export const resetBrandCredentialsAction = brandAction({ schema: buyerIdSchema, permission: PERMISSION }, async ({ buyerId }, ctx) => {
  const result = await resetBrandCredentials({ brandId: ctx.brand.id, buyerId, actor: memberActor(ctx.user) });
  revalidateBuyer(buyerId);
  return result;
});

export const setOfflineLoginAction = brandAction({ schema: offlineLoginSchema, permission: PERMISSION }, async (input, ctx) => {
  const result = await setOfflineLogin({
    brandId: ctx.brand.id, buyerId: input.buyerId, actor: memberActor(ctx.user), email: input.linkLoginEmail, password: input.linkLoginPassword,
  });
  revalidateBuyer(input.buyerId);
  return result;
});

export const createOfflineBuyerAction = brandAction({ schema: offlineBuyerSchema, permission: PERMISSION }, async (buyer, ctx) => {
  const t = translatorFor(await requestLocale());
  const result = await createOfflineBuyer({ brandId: ctx.brand.id, actor: memberActor(ctx.user), buyer, addressLabel: t("buyers.offline.defaultAddressLabel") });
  revalidateBuyer();
  return result;
});

export const inviteBuyerAction = brandAction({ schema: inviteBuyerSchema, permission: PERMISSION }, async ({ email, ...terms }, ctx) => {
  const result = await inviteBuyer({ brandId: ctx.brand.id, actor: memberActor(ctx.user), email, terms, appUrl: await appUrl() });
  revalidateBuyer();
  return result;
});

export const revokeInvitationAction = brandAction({ schema: invitationIdSchema, permission: PERMISSION }, async ({ invitationId }, ctx) => {
  const result = await revokeInvitation({ brandId: ctx.brand.id, invitationId, actor: memberActor(ctx.user) });
  revalidateBuyer();
  return result;
});

/** Absolute origin for links in e-mails: APP_URL when set (several instances), else this request's host. */
async function appUrl() {
  if (process.env.APP_URL) return process.env.APP_URL.replace(/\/$/, "");
  const h = await headers();
  return `${h.get("x-forwarded-proto") ?? "http"}://${h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000"}`;
}
