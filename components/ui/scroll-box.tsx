"use client";
// A box whose content may scroll (a wide table on a phone, a long list in a pop-up). Keyboard users
// scroll it with the arrow keys once it has focus, so it joins the tab order while its content
// overflows and leaves it when everything fits (WCAG 2.1.1). It is rendered focusable, so a page
// not yet hydrated is already reachable, and drops out after the first measurement if nothing
// scrolls.
import { useEffect, useRef, useState } from "react";

export function ScrollBox(props: React.HTMLAttributes<HTMLDivElement>) {
  const box = useRef<HTMLDivElement>(null);
  const [overflowing, setOverflowing] = useState(true);
  useEffect(() => {
    const node = box.current;
    if (!node) return;
    const measure = () => setOverflowing(node.scrollWidth > node.clientWidth + 1 || node.scrollHeight > node.clientHeight + 1);
    // The box resizes with the window, its content (a table, a list) with its rows.
    const resized = new ResizeObserver(measure);
    const watch = () => {
      resized.disconnect();
      resized.observe(node);
      for (const child of node.children) resized.observe(child);
      measure();
    };
    const replaced = new MutationObserver(watch);
    replaced.observe(node, { childList: true });
    watch();
    return () => {
      resized.disconnect();
      replaced.disconnect();
    };
  }, []);
  return <div ref={box} tabIndex={overflowing ? 0 : undefined} {...props} />;
}
