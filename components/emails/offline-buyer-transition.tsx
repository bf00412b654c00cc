// To the person who ordered when an offline buyer became customer-owned on order completion: the
// orders are now in the Buyer App, and how to sign in. A new account has no password: the mail's
// single-use link lets them choose one (no password is ever sent or carried over).
import type { EmailTemplates } from "@/lib/mail/templates";
import type { EmailDefinition } from "./define-email";
import { EmailLayout, Paragraph } from "./email-layout";

type Data = EmailTemplates["offlineBuyerTransition"];

export const offlineBuyerTransition: EmailDefinition<Data> = {
  subject: (d, { t }) => t("emails.offlineBuyerTransition.subject", { brandName: d.brandName }),
  Body: ({ data: d, i18n }) => {
    const { t } = i18n;
    const intro = t("emails.offlineBuyerTransition.intro", { orderNumber: d.orderNumber, buyerName: d.buyerName, brandName: d.brandName });
    const setPassword = d.signIn === "SET_PASSWORD";
    return (
      <EmailLayout
        i18n={i18n}
        brandName={d.brandName}
        preview={intro}
        action={{ href: d.signInUrl, label: t(setPassword ? "emails.offlineBuyerTransition.setPasswordAction" : "emails.offlineBuyerTransition.action") }}
      >
        <Paragraph>{t("emails.common.greeting", { name: d.contactName })}</Paragraph>
        <Paragraph>{intro}</Paragraph>
        <Paragraph>
          {setPassword ? t("emails.offlineBuyerTransition.signInSetPassword", { email: d.email }) : t("emails.offlineBuyerTransition.signInExisting", { email: d.email })}
        </Paragraph>
      </EmailLayout>
    );
  },
};
