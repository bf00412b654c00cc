// To a co-worker added to a buyer organization in the Buyer App: a new account signs in with the
// one-time password in this mail.
import type { EmailTemplates } from "@/lib/mail/templates";
import type { EmailDefinition } from "./define-email";
import { EmailLayout, Paragraph } from "./email-layout";

type Data = EmailTemplates["coworkerInvitation"];

export const coworkerInvitation: EmailDefinition<Data> = {
  subject: (d, { t }) => t("emails.coworkerInvitation.subject", { inviterName: d.inviterName, organizationName: d.organizationName }),
  Body: ({ data: d, i18n }) => {
    const { t } = i18n;
    const intro = t("emails.coworkerInvitation.intro", { organizationName: d.organizationName });
    return (
      <EmailLayout i18n={i18n} brandName={null} preview={intro} action={{ href: d.signInUrl, label: t("emails.coworkerInvitation.action") }}>
        <Paragraph>{intro}</Paragraph>
        <Paragraph>
          {d.temporaryPassword
            ? t("emails.coworkerInvitation.newAccount", { email: d.email, password: d.temporaryPassword })
            : t("emails.coworkerInvitation.existingAccount", { organizationName: d.organizationName })}
        </Paragraph>
      </EmailLayout>
    );
  },
};
