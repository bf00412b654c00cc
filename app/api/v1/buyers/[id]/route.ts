import { getBuyerForApi } from "@/lib/api/buyer-resources";
import { apiHandler } from "@/lib/api/handler";
import { getBuyer } from "@/lib/api/routes/buyers";

export const GET = apiHandler(getBuyer, ({ staff, params }) => getBuyerForApi(staff.brand.id, params.id));
