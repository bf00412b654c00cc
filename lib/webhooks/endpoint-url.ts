// Which endpoint URLs a brand may save: HTTPS, or plain HTTP to this machine (localhost) while the
// brand is in development mode. No credentials in the URL (they would show in the settings list).
// Where an HTTPS host resolves to is checked at each delivery (lib/webhooks/post.ts), not here:
// DNS can change after saving.
import { msg } from "@/lib/i18n/message-text";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** The parsed URL when it is an http(s) URL at all (the form's first check). */
export function parseWebhookUrl(text: string): URL | null {
  try {
    const url = new URL(text);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname ? url : null;
  } catch {
    return null;
  }
}

/** What is wrong with the URL for this brand (a catalogue key), or null. */
export function endpointUrlProblem(text: string, developmentMode: boolean): string | null {
  const url = parseWebhookUrl(text);
  if (!url) return msg("webhooks.errors.urlInvalid");
  if (url.username || url.password) return msg("webhooks.errors.urlCredentials");
  if (url.protocol === "https:") return null;
  if (!LOCAL_HOSTS.has(url.hostname.toLowerCase()) || !developmentMode) return msg("webhooks.errors.httpsRequired");
  return null;
}
