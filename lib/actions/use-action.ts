"use client";
// Client side of the action layer: runs a server action in a transition, shows its error in a
// toast (or beside the fields of a react-hook-form form), and reports success.
import { useTransition } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { toast } from "sonner";
import type { ActionResult } from "./result";

export function applyFieldErrors<T extends FieldValues>(form: UseFormReturn<T>, fieldErrors: Record<string, string> | undefined) {
  if (!fieldErrors) return;
  for (const [name, message] of Object.entries(fieldErrors)) {
    form.setError(name as Path<T>, { type: "server", message });
  }
}

export function useAction() {
  const [pending, startTransition] = useTransition();
  function run<T>(
    call: () => Promise<ActionResult<T>>,
    options: { success?: string | ((data: T) => string); form?: UseFormReturn<never>; onSuccess?: (data: T) => void; onError?: (result: Extract<ActionResult<T>, { ok: false }>) => void } = {},
  ) {
    startTransition(async () => {
      const result = await call();
      if (result.ok) {
        const message = typeof options.success === "function" ? options.success(result.data) : options.success;
        if (message) toast.success(message);
        options.onSuccess?.(result.data);
        return;
      }
      if (options.form) applyFieldErrors(options.form, result.fieldErrors);
      toast.error(result.message);
      options.onError?.(result);
    });
  }
  return { pending, run };
}
