// Every endpoint of the integration API, in the order the reference lists them. A route file in
// app/api/v1 serves each; tests check both ways that none is missing (tests/integration/api).
import type { ApiRoute } from "../route";
import { getBuyer, getConnection, listBuyers, listConnections } from "./buyers";
import { updateInventory } from "./inventory";
import { addOrderTags, confirmOrderOc, createDeliveryNote, createUndeliveredSkus, getOrder, listOrders, rejectOrder } from "./orders";
import { getProduct, getSku, listProducts, listSkus, upsertProduct } from "./products";
import { createWebhookEndpoint, deleteWebhookEndpoint, listWebhookEndpoints, sendWebhookTestEvent } from "./webhooks";

export const API_ROUTES: readonly ApiRoute[] = [
  listOrders, getOrder, confirmOrderOc, rejectOrder, addOrderTags, createDeliveryNote, createUndeliveredSkus,
  listProducts, getProduct, upsertProduct, listSkus, getSku,
  updateInventory,
  listBuyers, getBuyer, listConnections, getConnection,
  listWebhookEndpoints, createWebhookEndpoint, deleteWebhookEndpoint, sendWebhookTestEvent,
];

export const API_BASE_PATH = "/api/v1";
