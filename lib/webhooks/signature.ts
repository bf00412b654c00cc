// Webhook-Signature: "t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">". While a rotated
// secret's overlap lasts, both the new and the old secret sign: one v1 each (receivers accept any
// v1 that matches a secret they hold). docs/webhooks.md shows the receiver's side.
import { createHmac } from "node:crypto";

export function signPayload(secret: string, timestamp: number, body: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
}

export function signatureHeader(secrets: string[], timestamp: number, body: string): string {
  return [`t=${timestamp}`, ...secrets.map((secret) => `v1=${signPayload(secret, timestamp, body)}`)].join(",");
}
