// The benchmark's framework floor: a page of a chosen HTML size rendered per request by the same
// build, layout and proxy as every page, with no database work of its own. `npm run bench` sets
// BENCH_FLOOR_PAGE=1 and compares each path's server CPU per request with this page's; anywhere
// else the page does not exist.
import { notFound } from "next/navigation";

export const dynamic = "force-dynamic";

const ROW_BYTES = 100;

export default async function BenchFloorPage({ searchParams }: { searchParams: Promise<{ kb?: string }> }) {
  if (process.env.BENCH_FLOOR_PAGE !== "1") notFound();
  const kb = Math.min(2_000, Math.max(1, Number((await searchParams).kb) || 50));
  const rows = Math.ceil((kb * 1024) / ROW_BYTES);
  return (
    <main className="p-4">
      <ul>
        {Array.from({ length: rows }, (_, i) => (
          <li key={i} className="flex justify-between text-sm">
            {/* Numbers only: this page has no words to translate. */}
            <span>{i}</span>
            <input aria-label={String(i)} defaultValue={i % 7} className="w-12" />
          </li>
        ))}
      </ul>
    </main>
  );
}
