"use client";
// A stored UTC moment shown in the browser's time zone (the one staff entered it in).
import { useSyncExternalStore } from "react";
import { dateTimeFormat } from "@/lib/format/date-time-format";

const subscribe = () => () => {};

export function LocalDateTime({ value, empty = "—", dateOnly = false }: { value: Date | string | null; empty?: string; dateOnly?: boolean }) {
  // The server does not know the browser's zone: render the UTC text there, the local text here.
  const isClient = useSyncExternalStore(subscribe, () => true, () => false);
  if (!value) return <span className="text-slate-500">{empty}</span>;
  const date = new Date(value);
  const style = dateOnly ? ({ dateStyle: "medium" } as const) : ({ dateStyle: "medium", timeStyle: "short" } as const);
  const text = isClient
    ? dateTimeFormat("en", style).format(date)
    : dateTimeFormat("en", { ...style, timeZone: "UTC" }).format(date) + (dateOnly ? "" : " UTC");
  return <time dateTime={date.toISOString()}>{text}</time>;
}
