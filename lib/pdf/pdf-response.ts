import "server-only";
// Renders an order PDF (confirmation, or delivery note N) as an inline download response, in the
// buyer's language with dates in the brand's time zone.
import { prisma } from "@/lib/db/client";
import type { OrderDetail } from "@/lib/orders/queries";
import { deliveryNotePdf, orderConfirmationPdf } from "./order-pdfs";

export async function pdfResponse(order: OrderDetail, deliveryNote: string | null, number: string): Promise<Response> {
  const { timeZone } = await prisma.brand.findUniqueOrThrow({ where: { id: order.brandId }, select: { timeZone: true } });
  let bytes: Uint8Array | null;
  let name: string;
  if (deliveryNote) {
    const sequence = Number.parseInt(deliveryNote, 10);
    bytes = Number.isSafeInteger(sequence) ? await deliveryNotePdf(order, sequence, timeZone) : null;
    name = `delivery-note-${number}-${sequence}.pdf`;
  } else {
    bytes = await orderConfirmationPdf(order, timeZone);
    name = `order-confirmation-${number}.pdf`;
  }
  if (!bytes) return new Response("Not found", { status: 404 });
  return new Response(Buffer.from(bytes), {
    headers: { "Content-Type": "application/pdf", "Content-Disposition": `inline; filename="${name}"`, "Cache-Control": "private, no-store" },
  });
}
