// The API's one error shape, `{ error: { code, message, fields? } }`, and the status of each
// expected error. Messages are catalogue keys until here; they are worded in the caller's language
// (English unless Accept-Language asks for Japanese).
import { AppError } from "@/lib/errors/app-error";
import { acceptLanguageLocale } from "@/lib/i18n/accept-language";
import type { AppLocale } from "@/lib/i18n/locales";
import { msg, translateFieldErrors, translateMessage, type MessageKey, type MessageValues } from "@/lib/i18n/message-text";
import { translatorFor } from "@/lib/i18n/translator";

export type ApiErrorBody = { error: { code: string; message: string; fields?: Record<string, string> } };

/** An error the API answers with a status of its own (authentication, scopes, limits, bad requests). */
export class ApiError extends AppError {
  constructor(
    readonly status: number,
    code: string,
    message: string,
    fieldErrors?: Record<string, string>,
    readonly headers: Record<string, string> = {},
  ) {
    super(code, message, fieldErrors);
    this.name = "ApiError";
  }
}

export function apiError(status: number, code: string, key: MessageKey, values?: MessageValues, fields?: Record<string, string>, headers?: Record<string, string>) {
  return new ApiError(status, code, msg(key, values), fields, headers);
}

// Codes whose status is not 409, the status of every other expected error: the request was fine,
// the thing it acts on is in a state that does not allow it (already confirmed, stock short, ...).
const STATUS_BY_CODE: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, VALIDATION: 422, RATE_LIMITED: 429 };

export function statusOf(error: AppError): number {
  return error instanceof ApiError ? error.status : (STATUS_BY_CODE[error.code] ?? 409);
}

/** English by default; Japanese when the caller's Accept-Language prefers it. */
export function apiLocale(request: Request): AppLocale {
  return acceptLanguageLocale(request.headers.get("accept-language")) ?? "en";
}

export function errorBody(error: AppError, locale: AppLocale): ApiErrorBody {
  const t = translatorFor(locale);
  const fields = translateFieldErrors(t, error.fieldErrors);
  return { error: { code: error.code, message: translateMessage(t, error.message), ...(fields && Object.keys(fields).length ? { fields } : {}) } };
}

export function unexpectedBody(locale: AppLocale): ApiErrorBody {
  return { error: { code: "INTERNAL", message: translatorFor(locale)("api.errors.internal") } };
}
