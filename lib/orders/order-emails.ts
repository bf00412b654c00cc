import "server-only";
// What Order Management's e-mails to a buyer share: the recipient (the order's contact), their
// language (the order's), the brand, the order number and the buyer's page of the order. The
// transitions add their own part (the approval link, the staff's body, the reason) and write the
// mail to the outbox; it is rendered at delivery (components/emails).
import type { Tx } from "@/lib/db/client";
import { buyerOrderUrl, mailAppUrl } from "@/lib/mail/app-url";
import { recipientLocale } from "@/lib/mail/outbox";
import type { OrderRequestData } from "@/lib/mail/templates";
import { formatOrderNumber } from "./order-number";
import { orderPacks } from "./pack-lines";

export async function buyerOrderMail(db: Pick<Tx, "order">, orderId: string, appUrl?: string) {
  const order = await db.order.findUniqueOrThrow({
    where: { id: orderId },
    select: {
      id: true, brandId: true, number: true, language: true, contactName: true, contactEmail: true,
      brand: { select: { name: true, orderPrefix: true, timeZone: true } },
      buyer: { select: { ownership: true } },
      sourceLink: { select: { token: true } },
    },
  });
  const base = appUrl ?? (await mailAppUrl());
  return {
    brandId: order.brandId,
    to: order.contactEmail,
    locale: recipientLocale(order.language),
    about: {
      brandName: order.brand.name,
      timeZone: order.brand.timeZone,
      orderNumber: formatOrderNumber(order.brand.orderPrefix, order.number),
      contactName: order.contactName,
      orderUrl: buyerOrderUrl(base, { id: order.id, buyerOwnership: order.buyer.ownership, linkToken: order.sourceLink?.token ?? null }),
    },
  };
}

const isoDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/** The buyer's PO No., requested delivery and the prepacks, for the OC e-mails to repeat. */
export async function orderRequestMail(db: Pick<Tx, "order">, orderId: string): Promise<OrderRequestData> {
  const order = await db.order.findUniqueOrThrow({
    where: { id: orderId },
    select: {
      poNumber: true, requestedDeliveryFrom: true, requestedDeliveryTo: true,
      packLines: { orderBy: { position: "asc" } },
      lines: { where: { packQuantity: { gt: 0 } }, select: { productId: true, color: true, size: true, position: true } },
    },
  });
  return {
    poNumber: order.poNumber,
    requestedDeliveryFrom: isoDate(order.requestedDeliveryFrom),
    requestedDeliveryTo: isoDate(order.requestedDeliveryTo),
    packs: orderPacks(order.packLines, order.lines).map(({ productCode, productName, name, color, packs, sizes }) => ({ productCode, productName, name, color, packs, sizes })),
  };
}
