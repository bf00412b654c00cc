// Every e-mail template by name (lib/mail/templates.ts lists their data).
import type { EmailTemplates, TemplateName } from "@/lib/mail/templates";
import { buyerInvitation } from "./buyer-invitation";
import { coworkerInvitation } from "./coworker-invitation";
import type { EmailDefinition } from "./define-email";
import { ocApprovalRequest } from "./oc-approval-request";
import { ocConfirmed } from "./oc-confirmed";
import { offlineBuyerTransition } from "./offline-buyer-transition";
import { orderCancelled } from "./order-cancelled";
import { orderCancelledByBuyer } from "./order-cancelled-by-buyer";
import { orderMatch } from "./order-match";
import { orderProcessing } from "./order-processing";
import { orderReceived } from "./order-received";
import { orderRejected } from "./order-rejected";
import { passwordChanged } from "./password-changed";
import { passwordReset } from "./password-reset";
import { signInThrottled } from "./sign-in-throttled";
import { staffAdded } from "./staff-added";
import { staffInvitation } from "./staff-invitation";

export const EMAILS: { [K in TemplateName]: EmailDefinition<EmailTemplates[K]> } = {
  orderReceived,
  ocApprovalRequest,
  ocConfirmed,
  orderRejected,
  orderProcessing,
  orderCancelled,
  orderCancelledByBuyer,
  orderMatch,
  buyerInvitation,
  offlineBuyerTransition,
  staffInvitation,
  staffAdded,
  coworkerInvitation,
  passwordReset,
  passwordChanged,
  signInThrottled,
};

export type { EmailDefinition } from "./define-email";
export { emailI18n, type EmailI18n } from "./email-i18n";
