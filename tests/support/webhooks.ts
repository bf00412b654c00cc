// Webhook test helpers: an endpoint made directly (its plain secret returned), the jobs of a brand,
// and the receiver-side verification snippet of docs/webhooks.md, loaded from the document itself
// so the documented code is the code under test.
import { readFile, writeFile, mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { prisma } from "@/lib/db/client";
import { newSigningSecret, sealSigningSecret } from "@/lib/webhooks/secret";
import type { WebhookEventType } from "@/lib/webhooks/event-types";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/event-types";

export async function createEndpoint(brandId: string, url: string, options: { events?: readonly WebhookEventType[]; enabled?: boolean } = {}) {
  const secret = newSigningSecret();
  const endpoint = await prisma.webhookEndpoint.create({
    data: { brandId, url, events: [...(options.events ?? WEBHOOK_EVENT_TYPES)], enabled: options.enabled ?? true, secret: sealSigningSecret(secret) },
  });
  return { ...endpoint, plainSecret: secret };
}

export async function setDevelopmentMode(brandId: string, on = true) {
  await prisma.brand.update({ where: { id: brandId }, data: { webhookDevelopmentMode: on } });
}

/** The brand's webhook jobs with their deliveries' state. */
export function brandJobs(brandId: string) {
  return prisma.job.findMany({ where: { brandId, kind: "webhook.deliver" }, orderBy: { createdAt: "asc" } });
}

type Verify = (rawBody: string | Buffer, headers: Record<string, unknown>, secrets: string | string[], toleranceSeconds?: number) => unknown;

let snippet: Promise<Verify> | undefined;

/** `verifyWebhook` exactly as docs/webhooks.md shows it. */
export function documentedVerifier(): Promise<Verify> {
  snippet ??= (async () => {
    const doc = await readFile(path.resolve(import.meta.dirname, "../../docs/webhooks.md"), "utf8");
    const block = /<!-- verify-webhook:start -->\s*```js\n([\s\S]*?)```\s*<!-- verify-webhook:end -->/.exec(doc);
    if (!block) throw new Error("docs/webhooks.md has no verification snippet");
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), "webhook-verify-")), "verify.mjs");
    await writeFile(file, block[1]);
    return ((await import(/* @vite-ignore */ file)) as { verifyWebhook: Verify }).verifyWebhook;
  })();
  return snippet;
}
