import { getConnectionForApi } from "@/lib/api/buyer-resources";
import { apiHandler } from "@/lib/api/handler";
import { getConnection } from "@/lib/api/routes/buyers";

export const GET = apiHandler(getConnection, ({ staff, params }) => getConnectionForApi(staff.brand.id, params.id));
