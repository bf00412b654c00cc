"use server";
// Server actions of the Buyer App: accept a brand's invitation, manage the organization.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { userAction } from "@/lib/actions/action-client";
import { acceptInvitation } from "@/lib/buyers/accept-invitation";
import { acceptInvitationSchema } from "@/lib/buyers/schemas";
import { addBuyerAddress, inviteCoworker, removeBuyerAddress, requireOrganization, setDefaultBuyerAddress } from "./organization";
import { addressIdSchema, buyerAddressSchema, inviteCoworkerSchema } from "./schemas";

export const acceptInvitationAction = userAction({ schema: acceptInvitationSchema }, async (input, user) => {
  const result = await acceptInvitation({
    token: input.token,
    user,
    buyerId: input.buyerId,
    newOrganization: input.newOrganizationName && input.newOrganizationCountry ? { name: input.newOrganizationName, country: input.newOrganizationCountry } : undefined,
  });
  revalidatePath("/buyer");
  return result;
});

export const inviteCoworkerAction = userAction({ schema: inviteCoworkerSchema }, async (input) => {
  const org = await requireOrganization({ owner: true });
  const h = await headers();
  const appUrl = process.env.APP_URL?.replace(/\/$/, "") ?? `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host") ?? "localhost:3000"}`;
  const result = await inviteCoworker({ buyerId: org.buyer.id, buyerName: org.buyer.name, invitedBy: org.user, appUrl, ...input });
  revalidatePath("/buyer/organization");
  return result;
});

export const addBuyerAddressAction = userAction({ schema: buyerAddressSchema }, async (input) => {
  const org = await requireOrganization({ owner: true });
  const result = await addBuyerAddress(org.buyer.id, input);
  revalidatePath("/buyer/organization");
  return result;
});

export const removeBuyerAddressAction = userAction({ schema: addressIdSchema }, async ({ addressId }) => {
  const org = await requireOrganization({ owner: true });
  const result = await removeBuyerAddress(org.buyer.id, addressId);
  revalidatePath("/buyer/organization");
  return result;
});

export const setDefaultBuyerAddressAction = userAction({ schema: addressIdSchema }, async ({ addressId }) => {
  const org = await requireOrganization({ owner: true });
  const result = await setDefaultBuyerAddress(org.buyer.id, addressId);
  revalidatePath("/buyer/organization");
  return result;
});
