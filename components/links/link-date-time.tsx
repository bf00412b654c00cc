// A stored moment of a link (release, expiration, creation, history) in the viewer's language and
// the brand's time zone (the request's, lib/i18n/request-locale). Server and client components alike.
import { useFormatter } from "next-intl";

export function LinkDateTime({ value, empty, dateOnly = false, zone = false }: {
  value: Date | string | null;
  /** What an unset date reads as; a dash when not given. */
  empty?: string;
  dateOnly?: boolean;
  /** Name the time zone ("GMT+9"), where staff compare it with what they entered. */
  zone?: boolean;
}) {
  const format = useFormatter();
  if (!value) return <span className="text-slate-500">{empty ?? "—"}</span>;
  const date = new Date(value);
  const text = dateOnly
    ? format.dateTime(date, { dateStyle: "medium" })
    : zone
      ? format.dateTime(date, { year: "numeric", month: "short", day: "numeric", hour: "numeric", minute: "2-digit", timeZoneName: "short" })
      : format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  return <time dateTime={date.toISOString()}>{text}</time>;
}
