import { describe, expect, it } from "vitest";
import { apiBaseConfig } from "@/lib/stripe/stripe-client";

describe("STRIPE_API_BASE", () => {
  it("unset or empty: the SDK's own host (api.stripe.com)", () => {
    expect(apiBaseConfig("")).toEqual({});
  });

  it("a local stand-in: host, port and protocol for the SDK", () => {
    expect(apiBaseConfig("http://127.0.0.1:12111")).toEqual({ host: "127.0.0.1", port: "12111", protocol: "http" });
    expect(apiBaseConfig("http://[::1]:12111/")).toEqual({ host: "::1", port: "12111", protocol: "http" });
    expect(apiBaseConfig("https://stripe-proxy.internal.example")).toEqual({ host: "stripe-proxy.internal.example", port: 443, protocol: "https" });
  });

  it("anything else is a configuration error, said plainly", () => {
    expect(() => apiBaseConfig("localhost:12111")).toThrow("STRIPE_API_BASE must be an http or https URL");
    expect(() => apiBaseConfig("not a url")).toThrow("STRIPE_API_BASE is not a URL");
  });
});
