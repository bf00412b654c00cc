import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { messageTemplate } from "@/lib/i18n/message-template";
import { en } from "@/messages/en";
import { ja } from "@/messages/ja";

describe("messageTemplate", () => {
  it("fills in the same text ICU formatting gives, in both languages and any argument order", () => {
    for (const [locale, messages] of [["en", en], ["ja", ja]] as const) {
      const t = createTranslator({ locale, messages, namespace: "cart.grid" });
      const label = messageTemplate((values) => t("quantityFor", values), ["color", "size"]);
      for (const [color, size] of [["Black", "XS"], ["Navy {x}", "27.5"], ["", "Free"]]) {
        expect(label({ color, size })).toBe(t("quantityFor", { color, size }));
      }
    }
  });

  it("keeps text with no argument as it is", () => {
    expect(messageTemplate(() => "Colour \\ Size", [])({})).toBe("Colour \\ Size");
    expect(messageTemplate((v: Record<"a", string>) => `${v.a}${v.a}!`, ["a"])({ a: "x" })).toBe("xx!");
  });
});
