"use client";
// A search or filter box with the app's one length limit: the browser refuses text past it (a
// paste is cut), and the box says so underneath instead of sending a URL the server cannot take.
// Works in plain GET forms (uncontrolled, defaultValue) and as a controlled input.
import { forwardRef, useId, useState } from "react";
import { useMessageText } from "@/lib/i18n/use-message-text";
import { SEARCH_TEXT_MAX, SEARCH_TEXT_MESSAGES } from "@/lib/pagination/search-text";
import { cn } from "./cn";
import { Input } from "./field";

type Props = Omit<React.InputHTMLAttributes<HTMLInputElement>, "maxLength"> & {
  /** The page read a longer value for this box from its address and searched the first part. */
  cutInAddress?: boolean;
  /** Classes of the wrapper (the input takes the full width of it). */
  wrapperClassName?: string;
};

type Notice = keyof typeof SEARCH_TEXT_MESSAGES | null;

export const SearchInput = forwardRef<HTMLInputElement, Props>(function SearchInput(
  { cutInAddress, wrapperClassName, onChange, onPaste, "aria-describedby": describedBy, ...props },
  ref,
) {
  const noticeId = useId();
  const text = useMessageText();
  const [notice, setNotice] = useState<Notice>(cutInAddress ? "addressCut" : null);
  return (
    <div className={cn("min-w-0", wrapperClassName)}>
      <Input
        ref={ref}
        maxLength={SEARCH_TEXT_MAX}
        aria-describedby={[describedBy, notice ? noticeId : undefined].filter(Boolean).join(" ") || undefined}
        onPaste={(e) => {
          const box = e.currentTarget;
          const selected = (box.selectionEnd ?? 0) - (box.selectionStart ?? 0);
          const room = SEARCH_TEXT_MAX - (box.value.length - selected);
          if (e.clipboardData.getData("text").length > room) setNotice("pasteCut");
          onPaste?.(e);
        }}
        onChange={(e) => {
          const full = e.target.value.length >= SEARCH_TEXT_MAX;
          // A cut paste keeps its own message until the text is shortened.
          setNotice((current) => (!full ? null : current === "pasteCut" ? current : "limit"));
          onChange?.(e);
        }}
        {...props}
      />
      {notice && (
        <p id={noticeId} className="mt-1 text-xs text-amber-700" data-testid="search-limit-message">
          {text(SEARCH_TEXT_MESSAGES[notice])}
        </p>
      )}
    </div>
  );
});
