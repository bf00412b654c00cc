// Lists over a million orders count at most COUNT_CAP matches (an index-only scan that stops
// there) and show "10,000+" beyond it: an exact count would read every match on every view.
export const COUNT_CAP = 10_000;

/** The take for a capped count: one past the cap tells "more than" apart from "exactly". */
export const CAPPED_COUNT_TAKE = COUNT_CAP + 1;

export function formatCount(count: number): string {
  return count > COUNT_CAP ? `${COUNT_CAP.toLocaleString("en")}+` : count.toLocaleString("en");
}
