"use server";
// Server actions of Settings > Webhooks (Owner and Admin).
import { revalidatePath } from "next/cache";
import { brandAction } from "@/lib/actions/action-client";
import { kickJobs } from "@/lib/jobs/worker";
import { createEndpoint, deleteEndpoint, rotateEndpointSecret, setEndpointEnabled, updateEndpoint } from "./endpoints";
import { endpointFormSchema, endpointRefSchema, deliveryRefSchema, setEndpointEnabledSchema, updateEndpointSchema, webhookSettingsSchema } from "./schemas";
import { resendDelivery, sendTestEvent } from "./send";
import { updateWebhookSettings } from "./settings";

const P = { permission: "settings.manage" } as const;
const PATH = "/admin/settings/webhooks";

function revalidate(endpointId?: string) {
  revalidatePath(PATH);
  if (endpointId) revalidatePath(`${PATH}/${endpointId}`);
}

export const createWebhookEndpointAction = brandAction({ schema: endpointFormSchema, ...P }, async (input, ctx) => {
  const result = await createEndpoint(ctx.brand.id, ctx.user, input);
  revalidate();
  return result;
});

export const updateWebhookEndpointAction = brandAction({ schema: updateEndpointSchema, ...P }, async (input, ctx) => {
  const result = await updateEndpoint(ctx.brand.id, ctx.user, input);
  revalidate(input.id);
  return result;
});

export const setWebhookEndpointEnabledAction = brandAction({ schema: setEndpointEnabledSchema, ...P }, async (input, ctx) => {
  const result = await setEndpointEnabled(ctx.brand.id, ctx.user, input);
  revalidate(input.id);
  return result;
});

export const rotateWebhookSecretAction = brandAction({ schema: endpointRefSchema, ...P }, async (input, ctx) => {
  const result = await rotateEndpointSecret(ctx.brand.id, ctx.user, input.id);
  revalidate(input.id);
  return result;
});

export const deleteWebhookEndpointAction = brandAction({ schema: endpointRefSchema, ...P }, async (input, ctx) => {
  const result = await deleteEndpoint(ctx.brand.id, ctx.user, input.id);
  revalidate();
  return result;
});

export const sendWebhookTestEventAction = brandAction({ schema: endpointRefSchema, ...P }, async (input, ctx) => {
  const result = await sendTestEvent(ctx.brand.id, ctx.user, input.id);
  kickJobs();
  revalidate(input.id);
  return result;
});

export const resendWebhookDeliveryAction = brandAction({ schema: deliveryRefSchema, ...P }, async (input, ctx) => {
  const result = await resendDelivery(ctx.brand.id, ctx.user, input.deliveryId);
  kickJobs();
  revalidatePath(PATH, "layout");
  return result;
});

export const updateWebhookSettingsAction = brandAction({ schema: webhookSettingsSchema, ...P }, async (input, ctx) => {
  const result = await updateWebhookSettings(ctx.brand.id, ctx.user, input);
  revalidate();
  return result;
});
