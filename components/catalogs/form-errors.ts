"use client";
// Puts an action's field errors beside the form's fields. Schemas of actions wrap the form in a
// key ({ product: {...} }); domain errors name fields without it: both land on the same field.

// Method syntax on purpose: any react-hook-form form's setError fits it.
type ErrorTarget = { setError(name: string, error: { type: string; message: string }): void };

export function applyPrefixedErrors(form: ErrorTarget, fieldErrors: Record<string, string> | undefined, prefix: string) {
  if (!fieldErrors) return;
  for (const [key, message] of Object.entries(fieldErrors)) {
    const name = key.startsWith(`${prefix}.`) ? key.slice(prefix.length + 1) : key;
    form.setError(name, { type: "server", message });
  }
}

/** The message of a nested field error by dotted path (errors of useFieldArray rows). */
export function errorAt(errors: unknown, path: string): string | undefined {
  let node: unknown = errors;
  for (const part of path.split(".")) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  if (node && typeof node === "object" && "message" in node && typeof node.message === "string") return node.message;
  if (node && typeof node === "object" && "root" in node) return errorAt(node, "root");
  return undefined;
}
