// To the buyer when staff confirm the OC with "Notify Buyer by Email": the body staff wrote.
import type { EmailTemplates } from "@/lib/mail/templates";
import type { EmailDefinition } from "./define-email";
import { EmailLayout, Paragraph } from "./email-layout";
import { OrderRequestFields } from "./order-request-fields";

type Data = EmailTemplates["ocConfirmed"];

export const ocConfirmed: EmailDefinition<Data> = {
  subject: (d, { t }) => t("emails.ocConfirmed.subject", { brandName: d.brandName, orderNumber: d.orderNumber }),
  Body: ({ data: d, i18n }) => {
    const { t } = i18n;
    const heading = t("emails.ocConfirmed.heading", { orderNumber: d.orderNumber });
    return (
      <EmailLayout i18n={i18n} brandName={d.brandName} preview={heading} heading={heading} action={d.orderUrl ? { href: d.orderUrl, label: t("emails.common.viewOrder") } : null}>
        <Paragraph>{d.body}</Paragraph>
        <OrderRequestFields request={d.request} i18n={i18n} />
      </EmailLayout>
    );
  },
};
