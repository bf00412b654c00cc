// To the buyer: the OC waits for their approval (Order Management › Send for approval).
import type { EmailTemplates } from "@/lib/mail/templates";
import type { EmailDefinition } from "./define-email";
import { EmailLayout, Paragraph } from "./email-layout";
import { OrderRequestFields } from "./order-request-fields";

type Data = EmailTemplates["ocApprovalRequest"];

export const ocApprovalRequest: EmailDefinition<Data> = {
  subject: (d, { t }) => t("emails.ocApprovalRequest.subject", { brandName: d.brandName, orderNumber: d.orderNumber }),
  Body: ({ data: d, i18n }) => {
    const { t } = i18n;
    const intro = t("emails.ocApprovalRequest.intro", { brandName: d.brandName, orderNumber: d.orderNumber });
    return (
      <EmailLayout i18n={i18n} brandName={d.brandName} preview={intro} action={{ href: d.approveUrl, label: t("emails.ocApprovalRequest.action") }}>
        <Paragraph>{t("emails.common.greeting", { name: d.contactName })}</Paragraph>
        <Paragraph>{intro}</Paragraph>
        <OrderRequestFields request={d.request} i18n={i18n} />
      </EmailLayout>
    );
  },
};
