import "server-only";
// The action layer every server action goes through: it validates input with the form's zod
// schema, resolves who is acting (brand member with a permission, signed-in user, or public
// visitor) and turns expected errors into a typed result the UI shows beside fields or in a toast.
import type { z } from "zod";
import { getSessionUser, requireBrandPermission, type BrandContext, type SessionUser } from "@/lib/auth/context";
import type { Permission } from "@/lib/auth/roles";
import { keepSessionOnPrimary } from "@/lib/db/replica";
import { AppError } from "@/lib/errors/app-error";
import { msg, translateFieldErrors, translateMessage } from "@/lib/i18n/message-text";
import { requestLocale } from "@/lib/i18n/request-locale";
import { translatorFor } from "@/lib/i18n/translator";
import "@/lib/i18n/zod-messages";
import { fieldErrorsOf } from "./field-errors";
import { unstorableTextErrors } from "./storable-text";
import type { ActionResult } from "./result";

async function run<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    // Read-your-writes with read replicas: this session reads the primary for a few seconds.
    await keepSessionOnPrimary();
    return { ok: true, data: await work() };
  } catch (error) {
    if (error instanceof AppError) {
      // Messages travel as catalogue keys; the viewer reads them in their own language.
      const t = translatorFor(await requestLocale());
      return { ok: false, code: error.code, message: translateMessage(t, error.message), fieldErrors: translateFieldErrors(t, error.fieldErrors) };
    }
    // next/navigation's redirect() and notFound() travel as errors: let them through.
    if (error instanceof Error && "digest" in error && typeof error.digest === "string" && /^NEXT_/.test(error.digest)) throw error;
    console.error("Unexpected error in server action", error);
    return { ok: false, code: "UNEXPECTED", message: translatorFor(await requestLocale())("errors.unexpected") };
  }
}

function parse<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  const unstorable = unstorableTextErrors(input);
  if (!parsed.success || Object.keys(unstorable).length > 0) {
    const fieldErrors = parsed.success ? unstorable : { ...unstorable, ...fieldErrorsOf(parsed.error) };
    throw new AppError("VALIDATION", msg("errors.correctFields"), fieldErrors);
  }
  return parsed.data;
}

/** An action for brand staff: the brand comes from the session, never from the input. */
export function brandAction<S extends z.ZodType, T>(
  options: { schema: S; permission?: Permission },
  handler: (input: z.infer<S>, ctx: BrandContext) => Promise<T>,
) {
  return async (input: z.input<S>): Promise<ActionResult<T>> =>
    run(async () => {
      const ctx = await requireBrandPermission(options.permission);
      return handler(parse(options.schema, input), ctx);
    });
}

/** An action for any signed-in user (Buyer App). */
export function userAction<S extends z.ZodType, T>(
  options: { schema: S },
  handler: (input: z.infer<S>, user: SessionUser) => Promise<T>,
) {
  return async (input: z.input<S>): Promise<ActionResult<T>> =>
    run(async () => {
      const user = await getSessionUser();
      if (!user) throw new AppError("UNAUTHENTICATED", msg("errors.signInAgain"));
      return handler(parse(options.schema, input), user);
    });
}

/** An action open to anyone (public link pages); rate-limit inside where it guards a secret. */
export function publicAction<S extends z.ZodType, T>(options: { schema: S }, handler: (input: z.infer<S>) => Promise<T>) {
  return async (input: z.input<S>): Promise<ActionResult<T>> => run(async () => handler(parse(options.schema, input)));
}
