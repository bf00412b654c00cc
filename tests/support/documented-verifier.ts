// The receiver-side verification snippet of docs/webhooks.md, loaded from the document itself, so
// the documented code is the code under test (integration and end-to-end tests alike).
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

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
