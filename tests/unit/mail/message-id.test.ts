import { describe, expect, it } from "vitest";
import { outboxMessageId } from "@/lib/mail/message-id";

describe("an outbox mail's Message-ID", () => {
  it("is made from the outbox row, in the sender's domain, the same on every attempt", () => {
    expect(outboxMessageId("cm123", "Wholesale <no-reply@shop.example.com>")).toBe("<outbox-cm123@shop.example.com>");
    expect(outboxMessageId("cm123", "orders@brand.example")).toBe("<outbox-cm123@brand.example>");
    expect(outboxMessageId("cm123", "Wholesale")).toBe("<outbox-cm123@wholesale.example>");
  });
});
