// Expected failures with a code the UI can act on. Anything else is unexpected: logged, and the
// user sees a generic message.
export type AppErrorCode =
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "UNAUTHENTICATED"
  | "VALIDATION"
  | "RATE_LIMITED"
  | "CONFLICT"
  | "ALREADY_CHANGED"
  | (string & {});

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export class NotFoundError extends AppError {
  constructor(message = "Not found") {
    super("NOT_FOUND", message);
  }
}

/** A guarded transition matched no row in an allowed state: someone else changed it first. */
export class AlreadyChangedError extends AppError {
  constructor(code: AppErrorCode, message: string) {
    super(code, message);
  }
}
