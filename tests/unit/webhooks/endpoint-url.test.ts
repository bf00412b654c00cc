import { describe, expect, it } from "vitest";
import { parseMessage } from "@/lib/i18n/message-text";
import { endpointUrlProblem } from "@/lib/webhooks/endpoint-url";

const problem = (url: string, developmentMode: boolean) => {
  const message = endpointUrlProblem(url, developmentMode);
  return message && parseMessage(message)?.key;
};

describe("which endpoint URLs a brand may save", () => {
  it.each([
    ["https://erp.example.com/hooks", false, null],
    ["https://10.0.0.1/hooks", false, null], // where it resolves is checked at delivery
    ["http://erp.example.com/hooks", false, "webhooks.errors.httpsRequired"],
    ["http://erp.example.com/hooks", true, "webhooks.errors.httpsRequired"],
    ["http://localhost:3000/hooks", false, "webhooks.errors.httpsRequired"],
    ["http://localhost:3000/hooks", true, null],
    ["http://127.0.0.1:3000/hooks", true, null],
    ["http://[::1]:3000/hooks", true, null],
    ["http://10.0.0.1/hooks", true, "webhooks.errors.httpsRequired"],
    ["https://user:secret@erp.example.com/", false, "webhooks.errors.urlCredentials"],
    ["ftp://erp.example.com/", false, "webhooks.errors.urlInvalid"],
    ["javascript:alert(1)", true, "webhooks.errors.urlInvalid"],
    ["not a url", false, "webhooks.errors.urlInvalid"],
  ])("%s (development mode %s): %s", (url, developmentMode, expected) => {
    expect(problem(url, developmentMode)).toBe(expected);
  });
});
