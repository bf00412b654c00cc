// The buyers and connections endpoints (read only).
import { buyerListResource, buyerResource, connectionListResource, connectionResource } from "../resources";
import { defineRoute } from "../route";
import { buyerListQuerySchema, idParamsSchema } from "../schemas";

export const listBuyers = defineRoute({
  id: "listBuyers", method: "GET", path: "/buyers", scope: "buyers:read", group: "Buyers", query: buyerListQuerySchema,
  response: { status: 200, schema: buyerListResource }, example: { query: "status=CONNECTED" },
});

export const getBuyer = defineRoute({
  id: "getBuyer", method: "GET", path: "/buyers/{id}", scope: "buyers:read", group: "Buyers", params: idParamsSchema,
  response: { status: 200, schema: buyerResource },
});

export const listConnections = defineRoute({
  id: "listConnections", method: "GET", path: "/connections", scope: "buyers:read", group: "Buyers", query: buyerListQuerySchema,
  response: { status: 200, schema: connectionListResource },
});

export const getConnection = defineRoute({
  id: "getConnection", method: "GET", path: "/connections/{id}", scope: "buyers:read", group: "Buyers", params: idParamsSchema,
  response: { status: 200, schema: connectionResource },
});
