// The buyer's PO No., requested delivery and the order's prepacks, as the OC e-mails repeat them
// (lib/orders/order-emails orderRequestMail). Nothing for mail queued without them.
import type { OrderRequestData } from "@/lib/mail/templates";
import { packSummary, type PackWords } from "@/lib/orders/pack-lines";
import { requestedDeliveryText } from "@/lib/orders/requested-delivery";
import type { EmailI18n } from "./email-i18n";
import { Field, Paragraph } from "./email-layout";

const date = (iso: string | null) => (iso && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00Z`) : null);

export function OrderRequestFields({ request, i18n }: { request: OrderRequestData | undefined; i18n: EmailI18n }) {
  if (!request) return null;
  const { t } = i18n;
  const delivery = requestedDeliveryText((key, values) => t(key, values), i18n.locale, { requestedDeliveryFrom: date(request.requestedDeliveryFrom), requestedDeliveryTo: date(request.requestedDeliveryTo) });
  const words: PackWords = (key, values) => t(key, values);
  return (
    <>
      {request.poNumber && <Field i18n={i18n} label={t("emails.orderRequest.poNumber")}>{request.poNumber}</Field>}
      {delivery && <Field i18n={i18n} label={t("emails.orderRequest.requestedDelivery")}>{delivery}</Field>}
      {request.packs.length > 0 && (
        <Paragraph>
          {[t("emails.orderRequest.packs"), ...request.packs.map((p) => t("emails.orderRequest.packLine", { product: p.productName, pack: packSummary(words, p) }))].join("\n")}
        </Paragraph>
      )}
    </>
  );
}
