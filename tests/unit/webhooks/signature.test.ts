import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signatureHeader } from "@/lib/webhooks/signature";

describe("Webhook-Signature", () => {
  it("t=<timestamp> and one v1 per secret: HMAC-SHA256 of '<timestamp>.<body>'", () => {
    const body = JSON.stringify({ id: "evt_1", type: "order.placed" });
    const hmac = (secret: string) => createHmac("sha256", secret).update(`1764583200.${body}`).digest("hex");
    expect(signatureHeader(["whsec_new"], 1764583200, body)).toBe(`t=1764583200,v1=${hmac("whsec_new")}`);
    expect(signatureHeader(["whsec_new", "whsec_old"], 1764583200, body)).toBe(`t=1764583200,v1=${hmac("whsec_new")},v1=${hmac("whsec_old")}`);
  });
});
