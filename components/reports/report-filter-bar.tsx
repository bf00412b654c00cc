"use client";
// The Reports filter bar: every change writes the filters into the address (router.replace with
// reportFilterQuery), so the server page answers with the new report and a filtered view is a link
// to share. The bar shows the choice at once and says "Updating…" until the report arrives. The
// server remounts it with each new address (key), so it always starts from what the page shows.
import { useTranslations } from "next-intl";
import { usePathname, useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Checkbox, Select } from "@/components/ui/controls";
import { FieldError, Input } from "@/components/ui/field";
import { DEFAULT_REPORT_STATUSES, REPORT_CHANNELS, REPORT_COMPARISONS, REPORT_GRAINS, REPORT_STATUSES, reportFilterQuery, type ReportFilterErrors, type ReportFilters, type ReportStatus } from "@/lib/reports/filters";
import { searchReportBuyersAction, searchReportLinksAction } from "@/lib/reports/actions";
import { PERIOD_PRESETS, presetOf, presetRange, type PeriodPreset } from "@/lib/reports/periods";
import { SubjectCombobox } from "./subject-combobox";

export type ReportFilterBarProps = {
  /** Sales shows grain and comparison too. */
  showTimeControls: boolean;
  filters: ReportFilters;
  errors: ReportFilterErrors;
  currencies: string[];
  catalogs: { id: string; name: string; season: string | null }[];
  tags: { id: string; name: string }[];
  countries: { code: string; name: string }[];
  link: { id: string; name: string } | null;
  buyer: { id: string; name: string } | null;
  /** The brand's today, YYYY-MM-DD: presets count back from it. */
  today: string;
};

function Labelled({ label, htmlFor, error, children }: { label: string; htmlFor: string; error?: string; children: React.ReactNode }) {
  return (
    <div className="min-w-0 space-y-1">
      <label htmlFor={htmlFor} className="block text-xs font-medium text-slate-600">{label}</label>
      {children}
      <FieldError message={error} id={error ? `${htmlFor}-error` : undefined} />
    </div>
  );
}

export function ReportFilterBar({ showTimeControls, filters, errors, currencies, catalogs, tags, countries, link, buyer, today }: ReportFilterBarProps) {
  const t = useTranslations("reports.filters");
  const tc = useTranslations("reports.channels");
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const [draft, setDraft] = useState(filters);
  const [preset, setPreset] = useState<PeriodPreset>(() => presetOf(filters, today));
  const [dates, setDates] = useState({ from: filters.from ?? "", to: filters.to ?? "" });
  const [subjects, setSubjects] = useState({ link, buyer });

  function apply(change: Partial<ReportFilters>) {
    const next = { ...draft, ...change };
    setDraft(next);
    startTransition(() => router.replace(`${pathname}?${reportFilterQuery(next)}`, { scroll: false }));
  }

  function choosePreset(value: PeriodPreset) {
    setPreset(value);
    if (value === "custom") {
      // Start the custom range from what is shown, so only the changed end needs typing.
      const start = draft.from ?? presetRange("last30", today).from!;
      setDates({ from: start, to: draft.to ?? today });
      return;
    }
    apply(presetRange(value, today));
  }

  function toggleStatus(status: ReportStatus, on: boolean) {
    const statuses = REPORT_STATUSES.filter((s) => (s === status ? on : draft.statuses.includes(s)));
    if (statuses.length > 0) apply({ statuses });
  }

  const id = (name: string) => `report-filter-${name}`;
  const dateError = errors.from ?? errors.to;
  return (
    <form
      role="search"
      aria-label={t("label")}
      aria-busy={pending || undefined}
      className="mb-6 space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      onSubmit={(event) => {
        event.preventDefault();
        apply({ from: dates.from || null, to: dates.to || null });
      }}
    >
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Labelled label={t("currency")} htmlFor={id("currency")} error={errors.currency}>
          <Select id={id("currency")} value={draft.currency} onChange={(e) => apply({ currency: e.target.value })} invalid={Boolean(errors.currency)}>
            {(currencies.includes(draft.currency) ? currencies : [draft.currency, ...currencies]).map((c) => <option key={c} value={c}>{c}</option>)}
          </Select>
        </Labelled>
        <Labelled label={t("period")} htmlFor={id("period")} error={preset === "custom" ? undefined : dateError}>
          <Select id={id("period")} value={preset} onChange={(e) => choosePreset(e.target.value as PeriodPreset)}>
            {PERIOD_PRESETS.map((p) => <option key={p} value={p}>{t(`presets.${p}`)}</option>)}
          </Select>
        </Labelled>
        <Labelled label={t("catalog")} htmlFor={id("catalog")} error={errors.catalog}>
          <Select id={id("catalog")} value={draft.catalogId ?? ""} onChange={(e) => apply({ catalogId: e.target.value || null })} invalid={Boolean(errors.catalog)}>
            <option value="">{t("allCatalogs")}</option>
            {catalogs.map((c) => <option key={c.id} value={c.id}>{c.season ? `${c.name} (${c.season})` : c.name}</option>)}
          </Select>
        </Labelled>
        <Labelled label={t("channel")} htmlFor={id("channel")} error={errors.channel}>
          <Select id={id("channel")} value={draft.channel ?? ""} onChange={(e) => apply({ channel: (e.target.value || null) as ReportFilters["channel"] })} invalid={Boolean(errors.channel)}>
            <option value="">{t("allChannels")}</option>
            {REPORT_CHANNELS.map((c) => <option key={c} value={c}>{tc(c)}</option>)}
          </Select>
        </Labelled>
      </div>

      {preset === "custom" && (
        <div className="grid items-start gap-3 sm:grid-cols-[1fr_1fr_auto] lg:max-w-2xl">
          <Labelled label={t("from")} htmlFor={id("from")} error={errors.from}>
            <Input id={id("from")} type="date" value={dates.from} max={dates.to || undefined} onChange={(e) => setDates((d) => ({ ...d, from: e.target.value }))} invalid={Boolean(errors.from)} />
          </Labelled>
          <Labelled label={t("to")} htmlFor={id("to")} error={errors.to}>
            <Input id={id("to")} type="date" value={dates.to} min={dates.from || undefined} onChange={(e) => setDates((d) => ({ ...d, to: e.target.value }))} invalid={Boolean(errors.to)} />
          </Labelled>
          <Button type="submit" variant="secondary" className="sm:mt-5">{t("applyDates")}</Button>
        </div>
      )}

      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <SubjectCombobox
          label={t("link")}
          placeholder={t("linkPlaceholder")}
          clearLabel={t("clearLink")}
          selected={subjects.link}
          search={(text) => searchReportLinksAction({ text })}
          onSelect={(option) => {
            setSubjects((s) => ({ ...s, link: option }));
            apply({ linkId: option?.id ?? null });
          }}
          error={<FieldError message={errors.link} />}
        />
        <SubjectCombobox
          label={t("buyer")}
          placeholder={t("buyerPlaceholder")}
          clearLabel={t("clearBuyer")}
          selected={subjects.buyer}
          search={(text) => searchReportBuyersAction({ text })}
          onSelect={(option) => {
            setSubjects((s) => ({ ...s, buyer: option }));
            apply({ buyerId: option?.id ?? null });
          }}
          error={<FieldError message={errors.buyer} />}
        />
        <Labelled label={t("country")} htmlFor={id("country")} error={errors.country}>
          <Select id={id("country")} value={draft.country ?? ""} onChange={(e) => apply({ country: e.target.value || null })} invalid={Boolean(errors.country)}>
            <option value="">{t("allCountries")}</option>
            {countries.map((c) => <option key={c.code} value={c.code}>{c.name}</option>)}
          </Select>
        </Labelled>
        <Labelled label={t("tag")} htmlFor={id("tag")} error={errors.tag}>
          <Select id={id("tag")} value={draft.tagId ?? ""} onChange={(e) => apply({ tagId: e.target.value || null })} invalid={Boolean(errors.tag)}>
            <option value="">{t("allTags")}</option>
            {tags.map((tag) => <option key={tag.id} value={tag.id}>{tag.name}</option>)}
          </Select>
        </Labelled>
      </div>

      <div className="flex flex-wrap items-end gap-x-6 gap-y-3">
        <fieldset className="min-w-0" aria-describedby={errors.status ? id("status-error") : undefined}>
          <legend className="mb-1 block text-xs font-medium text-slate-600">{t("status")}</legend>
          <div className="flex flex-wrap gap-x-4 gap-y-2">
            {REPORT_STATUSES.map((status) => {
              const checked = draft.statuses.includes(status);
              return (
                <Checkbox
                  key={status}
                  label={t(`statuses.${status}`)}
                  checked={checked}
                  // At least one status: the last one cannot be unticked.
                  disabled={checked && draft.statuses.length === 1}
                  onChange={(e) => toggleStatus(status, e.target.checked)}
                />
              );
            })}
          </div>
          <FieldError message={errors.status} id={errors.status ? id("status-error") : undefined} />
        </fieldset>
        {showTimeControls && (
          <>
            <Labelled label={t("grain")} htmlFor={id("grain")} error={errors.grain}>
              <Select id={id("grain")} value={draft.grain} onChange={(e) => apply({ grain: e.target.value as ReportFilters["grain"] })} className="w-auto min-w-32">
                {REPORT_GRAINS.map((g) => <option key={g} value={g}>{t(`grains.${g}`)}</option>)}
              </Select>
            </Labelled>
            <Labelled label={t("compare")} htmlFor={id("compare")} error={errors.compare}>
              <Select id={id("compare")} value={draft.compare} onChange={(e) => apply({ compare: e.target.value as ReportFilters["compare"] })} className="w-auto min-w-44" aria-describedby={draft.compare === "previous-season" && !draft.catalogId ? id("compare-hint") : undefined}>
                {REPORT_COMPARISONS.map((c) => <option key={c} value={c}>{t(`comparisons.${c}`)}</option>)}
              </Select>
              {draft.compare === "previous-season" && !draft.catalogId && <p id={id("compare-hint")} className="text-xs text-slate-500">{t("compareSeasonHint")}</p>}
            </Labelled>
          </>
        )}
        <div className="ml-auto flex items-center gap-3">
          <p role="status" className="text-sm text-slate-600" data-testid="report-updating">
            {pending && (
              <span className="inline-flex items-center gap-2">
                <span className="size-4 animate-spin rounded-full border-2 border-brand-600 border-t-transparent" aria-hidden />
                {t("updating")}
              </span>
            )}
          </p>
          <Button
            variant="ghost"
            onClick={() => startTransition(() => router.replace(`${pathname}?${reportFilterQuery({ ...draft, from: null, to: null, catalogId: null, linkId: null, channel: null, buyerId: null, country: null, tagId: null, statuses: DEFAULT_REPORT_STATUSES, grain: "day", compare: "none" })}`, { scroll: false }))}
          >
            {t("reset")}
          </Button>
        </div>
      </div>
      {errors._form && <FieldError message={errors._form} />}
    </form>
  );
}
