import { apiHandler } from "@/lib/api/handler";
import { createDeliveryNote as createDeliveryNoteRoute } from "@/lib/api/routes/orders";
import { createDeliveryNote } from "@/lib/orders/create-delivery-note";

export const POST = apiHandler(createDeliveryNoteRoute, async ({ staff, body }) => {
  const note = await createDeliveryNote(staff, body);
  return { ...note, carrier: body.carrier, trackingNumber: body.trackingNumber };
});
