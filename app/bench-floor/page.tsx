// The benchmark's framework floor: the least work the same build, root layout and proxy can do to
// answer with a page of a chosen HTML size, with no database work. `npm run bench` sets
// BENCH_FLOOR_PAGE=1 and compares each path's server CPU per request with this page's; anywhere
// else the page does not exist. Its bytes are text in a few dozen elements, so what it costs is
// Next's request handling, the layout and streaming that many bytes, not rendering many elements.
import { notFound } from "next/navigation";

export const dynamic = "force-dynamic";

const PARAGRAPHS = 40;

export default async function BenchFloorPage({ searchParams }: { searchParams: Promise<{ kb?: string }> }) {
  if (process.env.BENCH_FLOOR_PAGE !== "1") notFound();
  const kb = Math.min(2_000, Math.max(1, Number((await searchParams).kb) || 50));
  // Half the bytes as markup, half again in the page's RSC payload, as every server-rendered page sends.
  const perParagraph = Math.ceil((kb * 1024) / 2 / PARAGRAPHS);
  const text = "0123456789 ".repeat(Math.ceil(perParagraph / 11)).slice(0, perParagraph);
  return (
    <main className="p-4">
      {/* Numbers only: this page has no words to translate. */}
      {Array.from({ length: PARAGRAPHS }, (_, i) => (
        <p key={i}>{text}</p>
      ))}
    </main>
  );
}
