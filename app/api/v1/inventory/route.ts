import { apiHandler } from "@/lib/api/handler";
import { updateInventory as updateInventoryRoute } from "@/lib/api/routes/inventory";
import { updateInventory } from "@/lib/api/update-inventory";

export const POST = apiHandler(updateInventoryRoute, ({ tx, staff, body }) => updateInventory(tx, staff.brand.id, staff.user, body));
