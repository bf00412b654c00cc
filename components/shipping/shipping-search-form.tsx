"use client";
// Search of the shipping lists. A plain GET form, so the search lives in the URL and can be
// bookmarked; "Optional +" reveals the shipping option filter (the rate groups, named as the
// Shipping option column names them: lib/shipping/shipping-option).
import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/controls";
import { Field, Input } from "@/components/ui/field";
import { SearchInput } from "@/components/ui/search-input";
import { SEARCH_FIELDS, type ShippingFilter } from "@/lib/shipping/schemas";

export function ShippingSearchForm({
  action,
  filter,
  keep,
  options,
  cut = [],
}: {
  action: string;
  filter: ShippingFilter;
  /** Query values that were longer than a box holds and were cut. */
  cut?: string[];
  /** Query values to keep (scope, view). */
  keep: Record<string, string>;
  options: { value: string; label: string }[];
}) {
  const t = useTranslations("shipping");
  const tc = useTranslations("common");
  const [showOptional, setShowOptional] = useState(Boolean(filter.ship));
  const resetHref = `${action}?${new URLSearchParams(keep).toString()}`;
  return (
    <form action={action} method="get" role="search" aria-label={t("search.label")} className="mb-4 rounded-lg border border-slate-200 bg-white p-4">
      {Object.entries(keep).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="grid gap-3 md:grid-cols-2 xl:grid-cols-[10rem_1fr_1fr_9.5rem_9.5rem]">
        <Field label={t("search.by")}>
          {({ id }) => (
            <Select id={id} name="field" defaultValue={filter.field}>
              {SEARCH_FIELDS.map((f) => (
                <option key={f} value={f}>
                  {t(`search.fields.${f}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label={t("search.query")}>
          {({ id }) => <SearchInput id={id} name="q" defaultValue={filter.q} placeholder={t("search.queryPlaceholder")} cutInAddress={cut.includes("q")} />}
        </Field>
        <Field label={t("search.email")}>
          {({ id }) => <SearchInput id={id} name="email" type="email" defaultValue={filter.email} placeholder={t("search.emailPlaceholder")} cutInAddress={cut.includes("email")} />}
        </Field>
        <Field label={t("search.from")}>
          {({ id }) => <Input id={id} name="from" type="date" defaultValue={filter.from} />}
        </Field>
        <Field label={t("search.to")}>
          {({ id }) => <Input id={id} name="to" type="date" defaultValue={filter.to} />}
        </Field>
      </div>
      {showOptional && (
        <div className="mt-3 flex items-end gap-2 md:max-w-md">
          <Field label={t("search.shippingOption")} className="flex-1">
            {({ id }) => (
              <Select id={id} name="ship" defaultValue={filter.ship}>
                <option value="">{t("option.all")}</option>
                {options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Button variant="ghost" aria-label={t("search.removeShippingOption")} onClick={() => setShowOptional(false)}>
            <X className="size-4" aria-hidden />
          </Button>
        </div>
      )}
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <Button type="submit">{tc("search")}</Button>
        {!showOptional && (
          <Button variant="secondary" onClick={() => setShowOptional(true)}>
            {t("search.optional")}
          </Button>
        )}
        <Link href={resetHref} className="px-2 text-sm text-slate-600 hover:underline">
          {t("search.reset")}
        </Link>
      </div>
    </form>
  );
}
