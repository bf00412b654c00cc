// The audit trail of a link: who did what, when, from which status to which. Entries are stored as
// actions and statuses, and read in the viewer's language.
import { useTranslations } from "next-intl";
import { isLinkStatusChoice } from "@/lib/links/link-types";
import { LinkDateTime } from "./link-date-time";

type Event = { id: string; action: string; actorLabel: string; fromStatus: string | null; toStatus: string | null; createdAt: Date };

/** One audit entry as a sentence ("Changed the status from Open to Void"). */
export function LinkEventText({ event }: { event: Pick<Event, "action" | "fromStatus" | "toStatus"> }) {
  const t = useTranslations("links.history");
  const ts = useTranslations("status.linkStatus");
  const status = (s: string | null) => (isLinkStatusChoice(s) ? ts(s) : (s ?? "—"));
  switch (event.action) {
    case "link.create":
      return t("created");
    case "link.update":
      return t("edited");
    case "status.update":
      return t("statusChanged", { from: status(event.fromStatus), to: status(event.toStatus) });
    case "link.delete":
      return t("deleted", { from: status(event.fromStatus) });
    default:
      return event.action;
  }
}

export function LinkHistory({ events }: { events: Event[] }) {
  const t = useTranslations("links.history");
  if (events.length === 0) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  return (
    <ol className="space-y-3" data-testid="link-history">
      {events.map((e) => (
        <li key={e.id} className="flex flex-wrap items-baseline justify-between gap-x-4 border-b border-slate-100 pb-2 text-sm last:border-0">
          <span>
            <span className="font-medium text-slate-900">{e.actorLabel}</span>{" "}
            <span className="text-slate-700">
              <LinkEventText event={e} />
            </span>
          </span>
          <span className="text-xs text-slate-500">
            <LinkDateTime value={e.createdAt} />
          </span>
        </li>
      ))}
    </ol>
  );
}
