// To a co-worker invited to a buyer organization in the Buyer App: a new address creates its
// account through the single-use link (no password is ever mailed); an existing account was
// added at once and just signs in.
import type { EmailTemplates } from "@/lib/mail/templates";
import type { EmailDefinition } from "./define-email";
import { EmailLayout, Paragraph } from "./email-layout";

type Data = EmailTemplates["coworkerInvitation"];

export const coworkerInvitation: EmailDefinition<Data> = {
  subject: (d, { t }) => t("emails.coworkerInvitation.subject", { inviterName: d.inviterName, organizationName: d.organizationName }),
  Body: ({ data: d, i18n }) => {
    const { t } = i18n;
    const intro = t("emails.coworkerInvitation.intro", { organizationName: d.organizationName });
    const invited = Boolean(d.acceptUrl);
    return (
      <EmailLayout
        i18n={i18n}
        brandName={null}
        preview={intro}
        action={invited ? { href: d.acceptUrl!, label: t("emails.coworkerInvitation.createAction") } : { href: d.signInUrl, label: t("emails.coworkerInvitation.action") }}
      >
        <Paragraph>{intro}</Paragraph>
        <Paragraph>
          {invited
            ? t("emails.coworkerInvitation.newAccount", { email: d.email, days: d.days ?? 14 })
            : t("emails.coworkerInvitation.existingAccount", { organizationName: d.organizationName })}
        </Paragraph>
      </EmailLayout>
    );
  },
};
