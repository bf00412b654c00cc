// zod's own issues (too long, too small, wrong type, bad e-mail, ...) as catalogue keys, so forms
// and actions show them in the reader's language. Messages written on a schema win over these;
// write those with msg() too. Imported for its effect by the action layer and the client setup.
import { z } from "zod";
import { msg } from "./message-text";

type Issue = z.core.$ZodRawIssue;

function limit(value: unknown): number {
  return typeof value === "bigint" ? Number(value) : Number(value);
}

export function zodIssueMessage(issue: Issue): string | undefined {
  switch (issue.code) {
    case "too_small": {
      const minimum = limit(issue.minimum);
      if (issue.origin === "string") return minimum <= 1 ? msg("validation.required") : msg("validation.tooShort", { minimum });
      if (issue.origin === "array" || issue.origin === "set") return msg("validation.chooseAtLeast", { minimum });
      if (issue.origin === "date") return msg("validation.date");
      return msg("validation.numberTooSmall", { minimum });
    }
    case "too_big": {
      const maximum = limit(issue.maximum);
      if (issue.origin === "string") return msg("validation.tooLong", { maximum });
      if (issue.origin === "array" || issue.origin === "set") return msg("validation.chooseAtMost", { maximum });
      if (issue.origin === "date") return msg("validation.date");
      return msg("validation.numberTooBig", { maximum });
    }
    case "invalid_type":
      if (issue.input === undefined || issue.input === null || issue.input === "") return msg("validation.required");
      if (issue.expected === "int") return msg("validation.wholeNumber");
      if (issue.expected === "number") return msg("validation.number");
      if (issue.expected === "date") return msg("validation.date");
      return msg("validation.invalid");
    case "invalid_format":
      if (issue.format === "email") return msg("validation.email");
      if (issue.format === "url") return msg("validation.url");
      if (issue.format === "datetime" || issue.format === "date") return msg("validation.date");
      return msg("validation.invalid");
    case "not_multiple_of":
      return msg("validation.multipleOf", { divisor: limit(issue.divisor) });
    case "invalid_value":
    case "invalid_union":
      return msg("validation.choose");
    default:
      return msg("validation.invalid");
  }
}

z.config({ customError: zodIssueMessage });
