"use client";
// A group of checkboxes bound to one array field of a react-hook-form form (ids of buyers, rate
// groups, payment methods...), whatever the number of options.
import { useController, type Control, type FieldValues, type Path } from "react-hook-form";
import { Checkbox } from "@/components/ui/controls";

export type CheckOption = { value: string; label: React.ReactNode; disabled?: boolean };

export function CheckboxGroup<T extends FieldValues, V>({ control, name, options, className }: { control: Control<T, unknown, V>; name: Path<T>; options: CheckOption[]; className?: string }) {
  const { field } = useController({ control, name });
  const selected: string[] = Array.isArray(field.value) ? field.value : [];
  return (
    <div className={className}>
      {options.map((o) => (
        <Checkbox
          key={o.value}
          label={o.label}
          disabled={o.disabled}
          checked={selected.includes(o.value)}
          onBlur={field.onBlur}
          onChange={(e) => field.onChange(e.target.checked ? [...selected, o.value] : selected.filter((v) => v !== o.value))}
        />
      ))}
    </div>
  );
}
