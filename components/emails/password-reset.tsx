// "Forgot password?": the single-use link that sets a new password, valid for a short while.
import type { EmailTemplates } from "@/lib/mail/templates";
import type { EmailDefinition } from "./define-email";
import { EmailLayout, Paragraph } from "./email-layout";

type Data = EmailTemplates["passwordReset"];

export const passwordReset: EmailDefinition<Data> = {
  subject: (_d, { t }) => t("emails.passwordReset.subject"),
  Body: ({ data: d, i18n }) => {
    const { t } = i18n;
    const intro = t("emails.passwordReset.intro", { email: d.email });
    return (
      <EmailLayout i18n={i18n} brandName={null} preview={intro} action={{ href: d.resetUrl, label: t("emails.passwordReset.action") }}>
        <Paragraph>{intro}</Paragraph>
        <Paragraph>{t("emails.passwordReset.validity", { minutes: d.expiresMinutes })}</Paragraph>
        <Paragraph>{t("emails.passwordReset.notYou")}</Paragraph>
      </EmailLayout>
    );
  },
};
