import { describe, expect, it } from "vitest";
import { can } from "@/lib/auth/roles";

describe("brand roles", () => {
  it("lets ops staff confirm orders and release to shipping but not manage links", () => {
    expect(can("OPS", "orders.manage")).toBe(true);
    expect(can("OPS", "shipping.manage")).toBe(true);
    expect(can("OPS", "links.manage")).toBe(false);
  });

  it("keeps staff management with owners and admins", () => {
    expect(can("OWNER", "staff.manage")).toBe(true);
    expect(can("ADMIN", "staff.manage")).toBe(true);
    expect(can("STAFF", "staff.manage")).toBe(false);
  });

  it("opens Reports to owners, admins and staff, not to ops", () => {
    expect(can("OWNER", "reports.view")).toBe(true);
    expect(can("ADMIN", "reports.view")).toBe(true);
    expect(can("STAFF", "reports.view")).toBe(true);
    expect(can("OPS", "reports.view")).toBe(false);
  });
});
