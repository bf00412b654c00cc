// Where an event type's name lives in the catalogue: "order.oc_confirmed" -> webhooks.events.order_oc_confirmed.
export function eventLabelKey(type: string): string {
  return type.replace(/\./g, "_");
}
