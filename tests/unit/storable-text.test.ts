// Text PostgreSQL cannot keep as typed (NUL, lone surrogates) is refused up front: as field errors
// by the action layer, and as a bad request by the proxy for URLs, never as a failed query.
import fc from "fast-check";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { isStorableText, UNSTORABLE_TEXT_MESSAGE, unstorableTextErrors } from "@/lib/actions/storable-text";
import { proxy } from "@/proxy";
import { hostileString } from "../support/hostile";

describe("storable text", () => {
  it("refuses NUL and lone surrogates, and nothing else", () => {
    fc.assert(
      fc.property(hostileString, (text) => {
        const wellFormed = [...text].every((c) => c.length === 2 || !/[\uD800-\uDFFF]/.test(c));
        expect(isStorableText(text)).toBe(wellFormed && !text.includes("\u0000"));
      }),
      { numRuns: 500 },
    );
    expect(isStorableText("👩‍👩‍👧‍👦 東京 مرحبا \u202E <script>")).toBe(true);
    expect(isStorableText("a\u0000b")).toBe(false);
    expect(isStorableText("\uD83D lone")).toBe(false);
  });

  it("names every field with unstorable text, nested in objects, arrays and forms", () => {
    const form = new FormData();
    form.set("productId", "p\u0000");
    form.set("file", new File(["x"], "ok.png"));
    expect(unstorableTextErrors({ name: "ok", address: { line1: "a\u0000" }, contacts: [{ note: "fine" }, { note: "\uDC00" }] })).toEqual({
      "address.line1": UNSTORABLE_TEXT_MESSAGE,
      "contacts.1.note": UNSTORABLE_TEXT_MESSAGE,
    });
    expect(unstorableTextErrors(form)).toEqual({ productId: UNSTORABLE_TEXT_MESSAGE });
    expect(unstorableTextErrors("\u0000")).toEqual({ _form: UNSTORABLE_TEXT_MESSAGE });
    expect(unstorableTextErrors({ n: 1, b: true, d: new Date(), s: "東京" })).toEqual({});
  });
});

describe("the proxy refuses URLs no id, token or filter can hold", () => {
  const status = (url: string, cookie?: string) => {
    const request = new NextRequest(`http://localhost:3000${url}`, cookie ? { headers: { cookie } } : undefined);
    return proxy(request).status;
  };
  const signedIn = "authjs.session-token=x";

  it("answers 400 for a NUL in a link token, a file key, an admin id or a filter", () => {
    expect(status("/l/abc%00def")).toBe(400);
    expect(status("/l/abc/catalogs/%00")).toBe(400);
    expect(status("/files/brand/%00.png")).toBe(400);
    expect(status("/admin/orders/%00", signedIn)).toBe(400);
    expect(status("/admin/orders?buyer=a%00b", signedIn)).toBe(400);
    expect(status("/buyer/orders?%00=1", signedIn)).toBe(400);
    expect(status("/l/abc?x=%ED%A0%80")).not.toBe(500);
  });

  it("lets everything else through as before", () => {
    expect(status("/l/aa-customer-open-5Hn3mV8rJc")).toBe(200);
    expect(status("/l/abc?q=%3Cscript%3E%20%E6%9D%B1%E4%BA%AC")).toBe(200);
    expect(status("/admin/orders?buyer=%27%3B%20DROP", signedIn)).toBe(200);
    expect(status("/admin/orders")).toBe(307);
  });
});
