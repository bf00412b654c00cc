// A GET search box for list pages: the query lives in the URL (bookmarkable), other filters kept.
import { Search } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { SearchInput } from "@/components/ui/search-input";

export function SearchForm({
  action,
  q,
  placeholder,
  label,
  keep = {},
  cut = false,
}: {
  action: string;
  q?: string;
  placeholder: string;
  label: string;
  keep?: Record<string, string | undefined>;
  /** The search text in the address was longer than a box holds and was cut. */
  cut?: boolean;
}) {
  const t = useTranslations("common");
  return (
    <form action={action} method="get" role="search" className="mb-4 flex max-w-xl items-start gap-2">
      {Object.entries(keep).map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
      <SearchInput name="q" defaultValue={q} placeholder={placeholder} aria-label={label} type="search" cutInAddress={cut} wrapperClassName="flex-1" />
      <Button type="submit" variant="secondary">
        <Search className="size-4" aria-hidden /> {t("search")}
      </Button>
    </form>
  );
}
