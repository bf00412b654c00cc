// A GET search box for list pages: the query lives in the URL (bookmarkable), other filters kept.
import { Search } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";

export function SearchForm({ action, q, placeholder, label, keep = {} }: { action: string; q?: string; placeholder: string; label: string; keep?: Record<string, string | undefined> }) {
  return (
    <form action={action} method="get" role="search" className="mb-4 flex max-w-xl gap-2">
      {Object.entries(keep).map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
      <Input name="q" defaultValue={q} placeholder={placeholder} aria-label={label} type="search" />
      <Button type="submit" variant="secondary">
        <Search className="size-4" aria-hidden /> Search
      </Button>
    </form>
  );
}
