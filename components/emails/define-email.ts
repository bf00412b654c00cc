// One e-mail: its subject and its body component, both from the template's data in the
// recipient's language.
import type { ReactElement } from "react";
import type { EmailI18n } from "./email-i18n";

export type EmailDefinition<D> = {
  subject: (data: D, i18n: EmailI18n) => string;
  Body: (props: { data: D; i18n: EmailI18n }) => ReactElement;
};
