import { expect, it } from "vitest";
import { linkForcesAddress } from "@/lib/links/forced-address";

it("tells the link form when the link's own settings force the address field", () => {
  expect(linkForcesAddress({ shippingRateGroupIds: ["g"], paymentMethods: ["PAY_OUTSIDE_APP"] })).toBe("SHIPPING");
  expect(linkForcesAddress({ shippingRateGroupIds: [], paymentMethods: ["STRIPE_CARD"] })).toBe("STRIPE_CARD");
  expect(linkForcesAddress({ shippingRateGroupIds: [], paymentMethods: ["PAY_OUTSIDE_APP"] })).toBeNull();
});
