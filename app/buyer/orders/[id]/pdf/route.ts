// The buyer's order confirmation PDF (and delivery notes): only for members of the order's buyer.
import { getSessionUser } from "@/lib/auth/context";
import { requestLocale } from "@/lib/i18n/request-locale";
import { translatorFor } from "@/lib/i18n/translator";
import { formatOrderNumber } from "@/lib/orders/order-number";
import { getBuyerOrderDetail } from "@/lib/orders/queries";
import { pdfResponse } from "@/lib/pdf/pdf-response";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const notFound = async () => new Response(translatorFor(await requestLocale())("errors.notFound"), { status: 404 });
  const user = await getSessionUser();
  if (!user) return notFound();
  const order = await getBuyerOrderDetail(user.id, (await params).id);
  if (!order || order.status === "PLEASE_CREATE_OC" || (order.status === "OC_CREATED" && !order.ocSentAt)) return notFound();
  return pdfResponse(order, new URL(request.url).searchParams.get("deliveryNote"), formatOrderNumber(order.brand.orderPrefix, order.number));
}
