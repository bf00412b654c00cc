// To the person who ordered when an offline buyer became customer-owned on order completion: the
// orders are now in the Buyer App, and how to sign in.
import type { EmailTemplates } from "@/lib/mail/templates";
import type { EmailDefinition } from "./define-email";
import { EmailLayout, Paragraph } from "./email-layout";

type Data = EmailTemplates["offlineBuyerTransition"];

const SIGN_IN = {
  EXISTING_ACCOUNT: "emails.offlineBuyerTransition.signInExisting",
  LINK_PASSWORD: "emails.offlineBuyerTransition.signInLinkPassword",
  NO_PASSWORD: "emails.offlineBuyerTransition.signInNoPassword",
} as const;

export const offlineBuyerTransition: EmailDefinition<Data> = {
  subject: (d, { t }) => t("emails.offlineBuyerTransition.subject", { brandName: d.brandName }),
  Body: ({ data: d, i18n }) => {
    const { t } = i18n;
    const intro = t("emails.offlineBuyerTransition.intro", { orderNumber: d.orderNumber, buyerName: d.buyerName, brandName: d.brandName });
    return (
      <EmailLayout i18n={i18n} brandName={d.brandName} preview={intro} action={{ href: d.signInUrl, label: t("emails.offlineBuyerTransition.action") }}>
        <Paragraph>{t("emails.common.greeting", { name: d.contactName })}</Paragraph>
        <Paragraph>{intro}</Paragraph>
        <Paragraph>{t(SIGN_IN[d.signIn], { email: d.email, brandName: d.brandName })}</Paragraph>
      </EmailLayout>
    );
  },
};
