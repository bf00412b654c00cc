// A labelled form control with its hint and its error message, wired for screen readers.
import { forwardRef, useId } from "react";
import { useMessageText } from "@/lib/i18n/use-message-text";
import { cn } from "./cn";

type FieldProps = { label: string; error?: string; hint?: string; className?: string; children: (ids: { id: string; describedBy?: string; invalid: boolean }) => React.ReactNode };

export function Field({ label, error, hint, className, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={cn("space-y-1", className)}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      {children({ id, describedBy, invalid: Boolean(error) })}
      {hint && <p id={hintId} className="text-xs text-slate-500">{hint}</p>}
      {error && <FieldError id={errorId} message={error} />}
    </div>
  );
}

/**
 * A field's error, in the reader's language: form resolvers hand over zod issues as catalogue keys
 * (lib/i18n/message-text); server actions hand over text already translated.
 */
export function FieldError({ message, id, className }: { message: string | undefined; id?: string; className?: string }) {
  const text = useMessageText();
  if (!message) return null;
  return (
    <p id={id} className={cn("text-sm text-red-600", className)} data-testid="field-error">
      {text(message)}
    </p>
  );
}

export const Input = forwardRef<HTMLInputElement, React.InputHTMLAttributes<HTMLInputElement> & { invalid?: boolean }>(
  function Input({ className, invalid, ...props }, ref) {
    return (
      <input
        ref={ref}
        aria-invalid={invalid || undefined}
        className={cn(
          "block h-10 w-full rounded-md border bg-white px-3 text-sm shadow-xs placeholder:text-slate-500",
          invalid ? "border-red-500" : "border-slate-300",
          className,
        )}
        {...props}
      />
    );
  },
);
