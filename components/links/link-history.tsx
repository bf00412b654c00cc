// The audit trail of a link: who did what, when, from which status to which.
import { LINK_STATUS_LABELS, type LinkStatusChoice } from "@/lib/links/link-types";
import { LocalDateTime } from "./local-date-time";

type Event = { id: string; action: string; actorLabel: string; fromStatus: string | null; toStatus: string | null; createdAt: Date };

const label = (s: string | null) => (s && s in LINK_STATUS_LABELS ? LINK_STATUS_LABELS[s as LinkStatusChoice] : (s ?? "—"));

export function describeLinkEvent(e: Pick<Event, "action" | "fromStatus" | "toStatus">): string {
  switch (e.action) {
    case "link.create":
      return "Created the link";
    case "link.update":
      return "Edited the link's settings";
    case "status.update":
      return `Changed the status from ${label(e.fromStatus)} to ${label(e.toStatus)}`;
    case "link.delete":
      return `Deleted the link (was ${label(e.fromStatus)})`;
    default:
      return e.action;
  }
}

export function LinkHistory({ events }: { events: Event[] }) {
  if (events.length === 0) return <p className="text-sm text-slate-600">No history yet.</p>;
  return (
    <ol className="space-y-3" data-testid="link-history">
      {events.map((e) => (
        <li key={e.id} className="flex flex-wrap items-baseline justify-between gap-x-4 border-b border-slate-100 pb-2 text-sm last:border-0">
          <span>
            <span className="font-medium text-slate-900">{e.actorLabel}</span> <span className="text-slate-700">{describeLinkEvent(e)}</span>
          </span>
          <span className="text-xs text-slate-500">
            <LocalDateTime value={e.createdAt} />
          </span>
        </li>
      ))}
    </ol>
  );
}
