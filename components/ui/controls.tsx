// Native form controls styled alike: select, textarea, checkbox.
import { forwardRef } from "react";
import { cn } from "./cn";

export const Select = forwardRef<HTMLSelectElement, React.SelectHTMLAttributes<HTMLSelectElement> & { invalid?: boolean }>(
  function Select({ className, invalid, ...props }, ref) {
    return (
      <select
        ref={ref}
        aria-invalid={invalid || undefined}
        className={cn("block h-10 w-full rounded-md border bg-white px-3 text-sm", invalid ? "border-red-500" : "border-slate-300", className)}
        {...props}
      />
    );
  },
);

export const Textarea = forwardRef<HTMLTextAreaElement, React.TextareaHTMLAttributes<HTMLTextAreaElement> & { invalid?: boolean }>(
  function Textarea({ className, invalid, ...props }, ref) {
    return (
      <textarea
        ref={ref}
        aria-invalid={invalid || undefined}
        className={cn("block min-h-24 w-full rounded-md border bg-white px-3 py-2 text-sm", invalid ? "border-red-500" : "border-slate-300", className)}
        {...props}
      />
    );
  },
);

export const Checkbox = forwardRef<HTMLInputElement, Omit<React.InputHTMLAttributes<HTMLInputElement>, "type"> & { label?: React.ReactNode }>(
  function Checkbox({ className, label, ...props }, ref) {
    const box = <input ref={ref} type="checkbox" className={cn("size-4 rounded border-slate-300 accent-brand-600", className)} {...props} />;
    if (!label) return box;
    return (
      <label className="inline-flex items-center gap-2 text-sm text-slate-800">
        {box}
        {label}
      </label>
    );
  },
);
