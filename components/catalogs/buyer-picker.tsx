"use client";
// The buyers a Limited catalog is granted to. A brand may have tens of thousands of connected
// buyers, so the list shows the first ones alphabetically and a search finds the others; the
// chosen buyers stay listed above it, each removable.
import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import { Checkbox } from "@/components/ui/controls";
import { SearchInput } from "@/components/ui/search-input";
import { searchBuyerOptionsAction } from "@/lib/catalogs/actions";

/** A buyer to choose (lib/catalogs/queries BuyerOption): name, country, and whether the connection is Closed. */
export type BuyerPickerOption = { id: string; label: string; country: string; closed: boolean };

const SEARCH_DELAY_MS = 250;

export function BuyerPicker({
  value,
  onChange,
  onBlur,
  initial,
  granted,
  limit,
}: {
  value: string[];
  onChange: (ids: string[]) => void;
  onBlur: () => void;
  /** The first buyers alphabetically, shown before any search. */
  initial: BuyerPickerOption[];
  /** Buyers already granted (their names, wherever they sort). */
  granted: BuyerPickerOption[];
  /** How many a list holds at most: a full list means there are more to search. */
  limit: number;
}) {
  const t = useTranslations("catalogs.picker");
  const [q, setQ] = useState("");
  const [found, setFound] = useState<BuyerPickerOption[]>([]);
  const [searching, startSearch] = useTransition();
  // Names of every buyer seen, so chosen ones keep their label whatever the current search.
  const [known, setKnown] = useState(() => new Map([...initial, ...granted].map((o) => [o.id, o])));
  const latest = useRef(0);
  const term = q.trim();
  const results = term ? found : initial;

  useEffect(() => {
    if (!term) return;
    const ticket = ++latest.current;
    const timer = setTimeout(() => {
      startSearch(async () => {
        const result = await searchBuyerOptionsAction({ q: term });
        // A slower answer to an earlier search must not replace a newer one.
        if (!result.ok || ticket !== latest.current) return;
        setKnown((before) => new Map([...before, ...result.data.map((o) => [o.id, o] as const)]));
        setFound(result.data);
      });
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [term]);

  const toggle = (id: string, on: boolean) => onChange(on ? [...value, id] : value.filter((v) => v !== id));
  const chosen = value.map((id) => known.get(id) ?? { id, label: t("unknownBuyer"), country: "", closed: false });
  const hint = (o: BuyerPickerOption) => (o.closed ? t("closed", { country: o.country }) : o.country);

  return (
    <div className="mt-2 space-y-3">
      {chosen.length > 0 && (
        <ul aria-label={t("chosen")} className="flex flex-wrap gap-2">
          {chosen.map((o) => (
            <li key={o.id} className="inline-flex items-center gap-1 rounded-full bg-brand-50 py-1 pl-3 pr-1 text-sm text-brand-700 ring-1 ring-inset ring-brand-100">
              {o.label}
              <button type="button" aria-label={t("remove", { name: o.label })} className="rounded-full p-0.5 hover:bg-brand-100" onClick={() => toggle(o.id, false)}>
                <X className="size-3.5" aria-hidden />
              </button>
            </li>
          ))}
        </ul>
      )}
      <SearchInput type="search" aria-label={t("searchLabel")} placeholder={t("searchPlaceholder")} value={q} onChange={(e) => setQ(e.target.value)} onBlur={onBlur} />
      <div className="grid max-h-64 gap-2 overflow-y-auto sm:grid-cols-2" aria-busy={searching}>
        {results.length === 0 ? (
          <p className="text-sm text-slate-500">{searching ? t("searching") : t("noMatch")}</p>
        ) : (
          results.map((o) => (
            <Checkbox
              key={o.id}
              label={
                <>
                  {o.label}
                  {hint(o) && <span className="text-xs text-slate-500"> · {hint(o)}</span>}
                </>
              }
              checked={value.includes(o.id)}
              onBlur={onBlur}
              onChange={(e) => toggle(o.id, e.target.checked)}
            />
          ))
        )}
      </div>
      {results.length >= limit && <p className="text-xs text-slate-500">{t("showingFirst", { count: limit })}</p>}
    </div>
  );
}
