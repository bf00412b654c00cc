// The inventory endpoint: many SKUs set or adjusted at once, idempotent with an Idempotency-Key.
import { inventoryResultResource } from "../resources";
import { defineRoute } from "../route";
import { inventoryUpdateSchema } from "../schemas";

export const updateInventory = defineRoute({
  id: "updateInventory", method: "POST", path: "/inventory", scope: "inventory:write", group: "Inventory", body: inventoryUpdateSchema, idempotent: true,
  response: { status: 200, schema: inventoryResultResource },
  example: { body: { reason: "Warehouse count", items: [{ sku: "AA-1001-NAV-M", quantity: 40 }, { sku: "AA-1001-NAV-L", delta: -2 }] } },
});
