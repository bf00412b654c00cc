// Accessibility scans with axe-core against WCAG 2.0/2.1 A and AA, at a desktop and a phone width.
// Serious and critical violations fail the test, listed rule by rule with the offending elements so
// a failure reads as a to-do list; so does an invisible element in the tab order. The checks are
// soft: a test visiting many pages reports every page's violations in one run, not just the first.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const BLOCKING = new Set(["serious", "critical"]);

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

/** An open modal: scan only inside it (the page behind, dimmed by the overlay, was scanned on its own). */
export const DIALOG = '[role="dialog"]';

type Violations = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"];

/** One line per rule, then one indented line per offending element (selector and what to fix). */
function describe(violations: Violations) {
  return violations.flatMap((v) => [
    `${v.id} [${v.impact}] ${v.help} (${v.helpUrl.replace(/\?.*$/, "")})`,
    ...v.nodes.map((node) => `    ${node.target.join(" >>> ")}: ${(node.failureSummary ?? "").replace(/\s*\n\s*/g, " ")}`),
  ]);
}

/** Resizing relays the page out; wait two frames so layout observers (e.g. ScrollBox) have run. */
async function resize(page: Page, size: { width: number; height: number }) {
  const current = page.viewportSize();
  if (current?.width === size.width && current.height === size.height) return;
  await page.setViewportSize(size);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/**
 * Elements in the tab order that cannot be seen (e.g. a visually hidden file input behind a
 * button): keyboard focus would vanish on them (WCAG 2.4.7). axe does not look for these.
 */
async function invisibleTabStops(page: Page, within?: string) {
  return page.evaluate((scope) => {
    const root = scope ? document.querySelector(scope) : document.body;
    const focusable = "a[href], button, input, select, textarea, [tabindex]";
    return [...(root?.querySelectorAll<HTMLElement>(focusable) ?? [])]
      .filter((el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && (el as HTMLInputElement).type !== "hidden" && el.checkVisibility())
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width <= 1 || box.height <= 1;
      })
      .map((el) => el.outerHTML.slice(0, 120));
  }, within);
}

/**
 * Scans the page in its current state at 1280x800 and at 390x844 (one scan each, without reloading)
 * and records a soft failure naming every serious or critical violation. Leaves the desktop size.
 * `within` limits the scan to one element, e.g. DIALOG.
 */
export async function expectAccessible(page: Page, state: string, options: { within?: string } = {}) {
  for (const size of [DESKTOP, PHONE]) {
    await resize(page, size);
    // Legacy mode runs axe.run in the page itself; the default runs each frame apart and merges
    // the results in a blank page it opens per scan, about twice as slow. Our pages embed no
    // same-origin frames, and a cross-origin one (a video) is not ours to fix. Only the failing
    // elements are collected in full.
    let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS).options({ resultTypes: ["violations"] }).setLegacyMode(true);
    if (options.within) builder = builder.include(options.within);
    const { violations } = await builder.analyze();
    const blocking = violations.filter((v) => BLOCKING.has(v.impact ?? ""));
    const where = `${state} at ${size.width} px (${new URL(page.url()).pathname})`;
    expect.soft(describe(blocking), `serious or critical accessibility violations: ${where}`).toEqual([]);
    expect.soft(await invisibleTabStops(page, options.within), `invisible elements in the tab order: ${where}`).toEqual([]);
  }
  await resize(page, DESKTOP);
}
