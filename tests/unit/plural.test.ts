// Counts in English read right for 1 and for many; the shipping desk's counted strings use them.
import { expect, it } from "vitest";
import { counted, listOf, plural } from "@/lib/format/plural";
import { cancelMessages, releaseMessages } from "@/lib/shipping/messages";

it("picks the singular for exactly one and the plural otherwise, numbers grouped", () => {
  expect(plural(1, "order", "orders")).toBe("order");
  expect(plural(0, "order", "orders")).toBe("orders");
  expect(counted(1, "unit", "units")).toBe("1 unit");
  expect(counted(2, "unit", "units")).toBe("2 units");
  expect(counted(1200, "order", "orders")).toBe("1,200 orders");
});

it("joins lists as a sentence", () => {
  expect(listOf(["city"])).toBe("city");
  expect(listOf(["city", "postal code"])).toBe("city and postal code");
  expect(listOf(["recipient", "city", "postal code"])).toBe("recipient, city, and postal code");
});

it("words the release pop-up and the cancel dialog for one order and for many", () => {
  expect(releaseMessages.progress(1, 1)).toBe("Processed 1 of 1 order…");
  expect(releaseMessages.progress(100, 250)).toBe("Processed 100 of 250 orders…");
  expect(releaseMessages.released(1)).toBe("1 order moved to Preparing product.");
  expect(releaseMessages.failed(0)).toBe("0 orders failed to release.");
  expect(releaseMessages.moreFailures(1)).toBe("And 1 more order: see Failed to Release.");
  expect([releaseMessages.ordersTile(1), releaseMessages.optionsTile(3)]).toEqual(["Order", "Options"]);
  expect(cancelMessages.cancelled(1)).toBe("1 order cancelled. The buyer has been told by e-mail.");
  expect(cancelMessages.cancelled(3)).toBe("3 orders cancelled. The buyers have been told by e-mail.");
  expect(cancelMessages.description(1)).toBe("Cancel the selected order. The buyer is told by e-mail with your reason. This cannot be undone.");
  expect(cancelMessages.description(2)).toBe("Cancel 2 selected orders. Each buyer is told by e-mail with your reason. This cannot be undone.");
});
