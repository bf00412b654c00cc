// To each of the brand's order-managing staff: a buyer cancelled before release preparation.
import { translateMessage } from "@/lib/i18n/message-text";
import type { EmailTemplates } from "@/lib/mail/templates";
import type { EmailDefinition } from "./define-email";
import { EmailLayout, Field, Paragraph } from "./email-layout";

type Data = EmailTemplates["orderCancelledByBuyer"];

export const orderCancelledByBuyer: EmailDefinition<Data> = {
  subject: (d, { t }) => t("emails.orderCancelledByBuyer.subject", { orderNumber: d.orderNumber, buyerName: d.buyerName }),
  Body: ({ data: d, i18n }) => {
    const { t } = i18n;
    const who = { buyerName: d.buyerName, orderNumber: d.orderNumber };
    const intro = d.leftToShipQueue ? t("emails.orderCancelledByBuyer.introLeftQueue", who) : t("emails.orderCancelledByBuyer.intro", who);
    return (
      <EmailLayout i18n={i18n} brandName={d.brandName} preview={intro} action={{ href: d.orderUrl, label: t("emails.orderCancelledByBuyer.action") }}>
        <Paragraph>{intro}</Paragraph>
        {d.poNumber && <Field i18n={i18n} label={t("emails.orderRequest.poNumber")}>{d.poNumber}</Field>}
        <Field i18n={i18n} label={t("emails.common.reason")}>{d.reason}</Field>
        <Field i18n={i18n} label={t("emails.orderCancelledByBuyer.cancelledBy")}>{translateMessage(t, d.cancelledBy)}</Field>
      </EmailLayout>
    );
  },
};
