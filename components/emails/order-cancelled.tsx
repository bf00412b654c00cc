// To the buyer: the brand cancelled the order (Shipping › Cancel orders), with the reason.
import type { EmailTemplates } from "@/lib/mail/templates";
import type { EmailDefinition } from "./define-email";
import { EmailLayout, Field, Paragraph } from "./email-layout";

type Data = EmailTemplates["orderCancelled"];

export const orderCancelled: EmailDefinition<Data> = {
  subject: (d, { t }) => t("emails.orderCancelled.subject", { orderNumber: d.orderNumber, brandName: d.brandName }),
  Body: ({ data: d, i18n }) => {
    const { t } = i18n;
    const intro = t("emails.orderCancelled.intro", { orderNumber: d.orderNumber, brandName: d.brandName });
    return (
      <EmailLayout i18n={i18n} brandName={d.brandName} preview={intro} action={d.orderUrl ? { href: d.orderUrl, label: t("emails.common.viewOrder") } : null}>
        <Paragraph>{t("emails.common.greeting", { name: d.contactName })}</Paragraph>
        <Paragraph>{intro}</Paragraph>
        <Field i18n={i18n} label={t("emails.common.reason")}>{d.reason}</Field>
      </EmailLayout>
    );
  },
};
