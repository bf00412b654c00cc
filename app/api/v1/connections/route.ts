import { listConnectionsForApi } from "@/lib/api/buyer-resources";
import { apiHandler } from "@/lib/api/handler";
import { listConnections } from "@/lib/api/routes/buyers";

export const GET = apiHandler(listConnections, ({ staff, query }) => listConnectionsForApi(staff.brand.id, query));
