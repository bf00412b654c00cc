import { describe, expect, it } from "vitest";
import { z } from "zod";
import { acceptLanguageLocale } from "@/lib/i18n/accept-language";
import { msg, parseMessage, translateMessage } from "@/lib/i18n/message-text";
import { translatorFor } from "@/lib/i18n/translator";
import "@/lib/i18n/zod-messages";

describe("messages that travel as keys", () => {
  it("carries a key and its values, and is shown in the reader's language", () => {
    const message = msg("validation.tooLong", { maximum: 200 });
    expect(parseMessage(message)).toEqual({ key: "validation.tooLong", values: { maximum: 200 } });
    expect(translateMessage(translatorFor("en"), message)).toBe("Use at most 200 characters.");
    expect(translateMessage(translatorFor("ja"), message)).toBe("200文字以内で入力してください。");
  });

  it("passes text that is not a known key through unchanged", () => {
    expect(translateMessage(translatorFor("en"), "Already translated, thanks.")).toBe("Already translated, thanks.");
    expect(translateMessage(translatorFor("en"), "no.such.key")).toBe("no.such.key");
  });
});

describe("zod's own issues", () => {
  const schema = z.object({ name: z.string().trim().min(1).max(5), count: z.number().int().min(1), email: z.string().email(), kind: z.enum(["a", "b"]) });

  it("become catalogue keys that read naturally in both languages", () => {
    const result = schema.safeParse({ name: "too long", count: 0.5, email: "nope", kind: "c" });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(translateMessage(translatorFor("en"), messages.name)).toBe("Use at most 5 characters.");
    expect(translateMessage(translatorFor("ja"), messages.email)).toBe("有効なメールアドレスを入力してください。");
    expect(translateMessage(translatorFor("en"), messages.count)).toBe("Enter a whole number.");
    expect(translateMessage(translatorFor("en"), messages.kind)).toBe("Choose one of the options.");
    const empty = schema.safeParse({ name: " ", count: 1, email: "a@b.co", kind: "a" });
    expect(translateMessage(translatorFor("ja"), empty.error!.issues[0].message)).toBe("入力してください。");
  });

  it("leave a schema's own message alone", () => {
    const own = z.string().min(1, msg("errors.signInAgain")).safeParse("");
    expect(own.error!.issues[0].message).toBe("errors.signInAgain");
  });
});

describe("the browser's language", () => {
  it.each([
    ["ja-JP,ja;q=0.9,en;q=0.8", "ja"],
    ["en-US,en;q=0.9", "en"],
    ["fr-FR,fr;q=0.9,ja;q=0.5", "ja"],
    ["de, en;q=0.1, ja;q=0.2", "ja"],
    ["fr", null],
    ["ja;q=0, en", "en"],
    ["", null],
  ])("%s -> %s", (header, locale) => {
    expect(acceptLanguageLocale(header)).toBe(locale);
  });
});
