// The order confirmation PDF of a brand's order, or one of its delivery notes (?deliveryNote=N).
import { getBrandContext } from "@/lib/auth/context";
import { can } from "@/lib/auth/roles";
import { requestLocale } from "@/lib/i18n/request-locale";
import { translatorFor } from "@/lib/i18n/translator";
import { formatOrderNumber } from "@/lib/orders/order-number";
import { getOrderDetail } from "@/lib/orders/queries";
import { pdfResponse } from "@/lib/pdf/pdf-response";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const notFound = async () => new Response(translatorFor(await requestLocale())("errors.notFound"), { status: 404 });
  const ctx = await getBrandContext();
  if (!ctx || !can(ctx.role, "orders.manage")) return notFound();
  const order = await getOrderDetail(ctx.brand.id, (await params).id);
  if (!order) return notFound();
  return pdfResponse(order, new URL(request.url).searchParams.get("deliveryNote"), formatOrderNumber(order.brand.orderPrefix, order.number));
}
