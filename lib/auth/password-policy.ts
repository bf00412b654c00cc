// The one rule for a password a person chooses (reset, change, a new account, set-up links):
// 10 to 128 characters, not the account's e-mail address nor containing its local part, and not
// on the bundled list of common passwords (common-passwords.json: well-known leaked passwords,
// keyboard runs and their usual variants, 10 characters or more; shorter ones fail the length
// anyway). Used by the forms in the browser and again by the server, which knows the real e-mail.
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";
import COMMON_PASSWORDS from "./common-passwords.json";

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;
/** A local part shorter than this ("ab@…") is not searched for: it would forbid too much. */
const LOCAL_PART_MIN_LENGTH = 4;

const common = new Set<string>(COMMON_PASSWORDS);

/** Why a chosen password is refused (a catalogue message), or null when it passes. */
export function passwordProblem(password: string, email: string | null | undefined): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return msg("auth.password.errors.tooShort", { min: PASSWORD_MIN_LENGTH });
  if (password.length > PASSWORD_MAX_LENGTH) return msg("auth.password.errors.tooLong", { max: PASSWORD_MAX_LENGTH });
  const lower = password.toLowerCase();
  const address = (email ?? "").trim().toLowerCase();
  const local = address.split("@")[0] ?? "";
  if (address && (lower === address || (local.length >= LOCAL_PART_MIN_LENGTH && lower.includes(local)))) return msg("auth.password.errors.containsEmail");
  if (common.has(lower)) return msg("auth.password.errors.common");
  return null;
}

/** For the server: refuses a password against the account's real address, beside the field. */
export function assertPasswordPolicy(password: string, email: string, field = "password"): void {
  const problem = passwordProblem(password, email);
  if (problem) throw new AppError("VALIDATION", msg("errors.correctFields"), { [field]: problem });
}

/**
 * The fields of every form that sets a password: the new password twice, and the account's
 * e-mail as the page shows it (the rule "not your e-mail" is checked against it in the browser;
 * the server checks again with the address it knows). Spread into the form's object schema and
 * refine it with checkNewPassword.
 */
export const newPasswordFields = {
  email: z.string().max(254).optional(),
  password: z.string().max(PASSWORD_MAX_LENGTH * 4),
  confirmPassword: z.string().max(PASSWORD_MAX_LENGTH * 4),
};

type NewPassword = { email?: string; password: string; confirmPassword: string };

export function checkNewPassword(value: NewPassword, ctx: z.RefinementCtx) {
  const problem = passwordProblem(value.password, value.email);
  if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
  if (!value.confirmPassword) ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: msg("auth.password.errors.enterAgain") });
  else if (value.confirmPassword !== value.password) ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: msg("auth.password.errors.differ") });
}

/** A form schema with a new password: its own fields plus the password pair, under the one rule. */
export function withNewPassword<S extends z.ZodRawShape>(shape: S) {
  return z.object({ ...shape, ...newPasswordFields }).superRefine((value, ctx) => checkNewPassword(value as NewPassword, ctx));
}
