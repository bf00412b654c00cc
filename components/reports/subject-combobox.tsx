"use client";
// A searchable picker for one link or buyer of the brand (WAI-ARIA combobox with a list box):
// typing asks the server (a brand-member action) for up to 20 names; arrow keys move through the
// choices, Enter picks, Escape closes; the clear button removes the filter.
import { X } from "lucide-react";
import { useEffect, useId, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Input } from "@/components/ui/field";
import { cn } from "@/components/ui/cn";
import type { ActionResult } from "@/lib/actions/result";

export type SubjectOption = { id: string; name: string; detail?: string };

type Props = {
  label: string;
  placeholder: string;
  clearLabel: string;
  selected: { id: string; name: string } | null;
  search: (text: string) => Promise<ActionResult<SubjectOption[]>>;
  onSelect: (option: SubjectOption | null) => void;
  error?: React.ReactNode;
  disabled?: boolean;
};

export function SubjectCombobox({ label, placeholder, clearLabel, selected, search, onSelect, error, disabled }: Props) {
  const t = useTranslations("reports.filters");
  const id = useId();
  const listId = `${id}-list`;
  const statusId = `${id}-status`;
  const [text, setText] = useState(selected?.name ?? "");
  const [open, setOpen] = useState(false);
  const [options, setOptions] = useState<SubjectOption[]>([]);
  const [active, setActive] = useState(-1);
  const [state, setState] = useState<"idle" | "searching" | "failed">("idle");
  const asked = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  function ask(value: string) {
    clearTimeout(timer.current);
    const n = ++asked.current;
    setState("searching");
    timer.current = setTimeout(async () => {
      const answer = await search(value).catch(() => null);
      if (n !== asked.current) return;
      if (!answer || !answer.ok) {
        setState("failed");
        setOptions([]);
        return;
      }
      setState("idle");
      setOptions(answer.data);
      setActive(answer.data.length ? 0 : -1);
    }, 200);
  }

  function choose(option: SubjectOption) {
    setText(option.name);
    setOpen(false);
    onSelect(option);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      if (!open) {
        setOpen(true);
        ask(text === selected?.name ? "" : text);
      } else setActive((i) => Math.min(options.length - 1, i + 1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((i) => Math.max(0, i - 1));
    } else if (event.key === "Enter") {
      if (open && active >= 0 && options[active]) {
        event.preventDefault();
        choose(options[active]);
      }
    } else if (event.key === "Escape") {
      if (open) {
        event.preventDefault();
        setOpen(false);
      }
    }
  }

  const message = state === "searching" ? t("searching") : state === "failed" ? t("searchFailed") : open && options.length === 0 ? t("noMatches") : "";
  return (
    <div className="relative min-w-0 space-y-1">
      <label htmlFor={id} className="block text-xs font-medium text-slate-600">{label}</label>
      <div className="relative">
        <Input
          id={id}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={open && active >= 0 ? `${id}-opt-${active}` : undefined}
          aria-describedby={statusId}
          autoComplete="off"
          value={text}
          placeholder={placeholder}
          disabled={disabled}
          maxLength={100}
          className={cn(selected && "pr-9")}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            ask(event.target.value);
          }}
          onFocus={(event) => event.target.select()}
          onBlur={() => {
            setOpen(false);
            // Leaving the box without picking keeps the filter as it was.
            setText(selected?.name ?? "");
          }}
          onKeyDown={onKeyDown}
        />
        {selected && (
          <button
            type="button"
            className="absolute inset-y-0 right-0 flex w-9 items-center justify-center rounded-r-md text-slate-500 hover:text-slate-800"
            aria-label={clearLabel}
            onClick={() => {
              setText("");
              onSelect(null);
            }}
          >
            <X className="size-4" aria-hidden />
          </button>
        )}
      </div>
      <ul
        id={listId}
        role="listbox"
        aria-label={label}
        hidden={!open || options.length === 0}
        className="absolute z-20 mt-1 max-h-64 w-full overflow-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg"
      >
        {options.map((option, i) => (
          <li
            key={option.id}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            className={cn("cursor-pointer px-3 py-2", i === active ? "bg-brand-50 text-brand-800" : "text-slate-800")}
            onMouseDown={(event) => {
              event.preventDefault();
              choose(option);
            }}
            onMouseEnter={() => setActive(i)}
          >
            <span className="wrap-anywhere">{option.name}</span>
            {option.detail && <span className="ml-2 text-xs text-slate-500">{option.detail}</span>}
          </li>
        ))}
      </ul>
      <p id={statusId} className="sr-only" aria-live="polite">{open ? message : ""}</p>
      {open && message && <p className="text-xs text-slate-500" aria-hidden>{message}</p>}
      {error}
    </div>
  );
}
