"use client";
// A date-time picker in the browser's time zone whose value is an ISO string in UTC: staff enter
// local time (as the help page says), the server stores UTC.
import { Input } from "@/components/ui/field";

function toLocalInput(iso: string): string {
  if (!iso) return "";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "";
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function toIso(local: string): string {
  if (!local) return "";
  // "2027-01-10T10:00" without an offset is read in the browser's own time zone.
  const d = new Date(local);
  return Number.isNaN(d.getTime()) ? "" : d.toISOString();
}

export function DateTimeInput({
  value,
  onChange,
  onBlur,
  ...props
}: { value: string; onChange: (iso: string) => void; onBlur?: () => void; id?: string; invalid?: boolean; "aria-describedby"?: string; name?: string }) {
  return <Input type="datetime-local" value={toLocalInput(value)} onChange={(e) => onChange(toIso(e.target.value))} onBlur={onBlur} className="max-w-64" {...props} />;
}

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
