"use client";

import { useQuery } from "@tanstack/react-query";
import { LoaderIcon } from "lucide-react";
import * as React from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/cn";

export type ComboboxOption = { id: string; label: string; detail?: string; badge?: string };

type Props = {
  id: string;
  label: string;
  /** The chosen option's ID (the form value); "" when nothing is chosen. */
  value: string;
  /** Shown in the input when `value` was set from outside (a preset). */
  initialText?: string;
  onChange: (id: string) => void;
  search: (text: string) => Promise<ComboboxOption[]>;
  queryKey: string;
  /** Text that is an ID: the single exact match is chosen by itself, none means an unknown ID. */
  isIdText: (text: string) => boolean;
  unknownIdMessage: string;
  onUnknownId: (message: string | null) => void;
  placeholder: string;
  error?: string;
  hint?: React.ReactNode;
  disabled?: boolean;
};

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = React.useState(value);
  React.useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/**
 * A searching combobox (WAI-ARIA combobox + listbox). Searches on the server as you type (debounced); each
 * answer is cached under its own text, so a slow answer to an older text never replaces a newer one.
 */
export function EntityCombobox(props: Props) {
  const { id, label, value, onChange, search, queryKey, isIdText, error, hint, disabled } = props;
  const [text, setText] = React.useState(props.initialText ?? "");
  const [isOpen, setIsOpen] = React.useState(false);
  const [active, setActive] = React.useState(0);
  const term = useDebounced(text.trim(), 200);
  const results = useQuery({
    queryKey: ["combobox", queryKey, term],
    queryFn: () => search(term),
    enabled: isOpen && !disabled,
    staleTime: 10_000,
  });
  const options = results.data ?? [];
  const listId = `${id}-options`;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;

  const choose = React.useCallback(
    (option: ComboboxOption) => {
      onChange(option.id);
      setText(option.label);
      setIsOpen(false);
    },
    [onChange],
  );

  // A pasted ID is checked to exist: the exact match is chosen, an unknown ID is reported at the field.
  const { onUnknownId, unknownIdMessage } = props;
  React.useEffect(() => {
    if (!results.data || term !== text.trim() || !isIdText(term)) return;
    const exact = results.data.find((option) => option.id === term);
    if (exact) {
      onUnknownId(null);
      choose(exact);
    } else onUnknownId(unknownIdMessage);
  }, [results.data, term, text, isIdText, choose, onUnknownId, unknownIdMessage]);

  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(" ") || undefined;

  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <div className="relative">
        <input
          id={id}
          role="combobox"
          aria-expanded={isOpen && options.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={isOpen && options[active] ? `${listId}-${active}` : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          autoComplete="off"
          disabled={disabled}
          value={text}
          placeholder={props.placeholder}
          onChange={(event) => {
            setText(event.target.value);
            setIsOpen(true);
            setActive(0);
            if (value) onChange("");
            props.onUnknownId(null);
          }}
          onFocus={() => setIsOpen(true)}
          onBlur={() => setIsOpen(false)}
          onKeyDown={(event) => {
            if (event.key === "ArrowDown") {
              event.preventDefault();
              setIsOpen(true);
              setActive((index) => Math.min(index + 1, Math.max(options.length - 1, 0)));
            } else if (event.key === "ArrowUp") {
              event.preventDefault();
              setActive((index) => Math.max(index - 1, 0));
            } else if (event.key === "Enter" && isOpen && options[active]) {
              event.preventDefault();
              choose(options[active]);
            } else if (event.key === "Escape" && isOpen && options.length > 0) {
              // Close the list, not the whole sheet.
              event.preventDefault();
              event.stopPropagation();
              setIsOpen(false);
            }
          }}
          className={cn(
            "h-9 w-full rounded border bg-background px-3 text-sm disabled:opacity-60",
            error ? "border-danger" : "border-input",
          )}
        />
        {results.isFetching ? (
          <LoaderIcon
            className="absolute top-2.5 right-2.5 size-4 animate-spin text-muted-foreground"
            aria-hidden
          />
        ) : null}
        {isOpen && options.length > 0 ? (
          <div
            id={listId}
            role="listbox"
            aria-label={label}
            className="absolute z-10 mt-1 max-h-64 w-full overflow-y-auto rounded-md border bg-background p-1 shadow-overlay"
          >
            {options.map((option, index) => (
              <div
                key={option.id}
                // Focus stays in the input (aria-activedescendant); options are reachable by arrow keys.
                tabIndex={-1}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === active}
                // mousedown, not click: the input's blur would close the list first.
                onMouseDown={(event) => {
                  event.preventDefault();
                  choose(option);
                }}
                onMouseEnter={() => setActive(index)}
                className={cn(
                  "flex cursor-pointer items-center justify-between gap-2 rounded-sm px-2 py-1.5 text-sm",
                  index === active && "bg-muted",
                )}
              >
                <span className="flex min-w-0 flex-col">
                  <span className="truncate">{option.label}</span>
                  {option.detail ? (
                    <span className="truncate font-mono text-xs text-muted-foreground">{option.detail}</span>
                  ) : null}
                </span>
                {option.badge ? (
                  <span className="shrink-0 rounded-sm bg-muted px-1 py-0.5 text-[0.65rem] text-muted-foreground uppercase">
                    {option.badge}
                  </span>
                ) : null}
              </div>
            ))}
          </div>
        ) : null}
        {isOpen && results.isError ? (
          // A failed search must not look like "no matches": say why, and offer the search again.
          <div
            role="alert"
            className="absolute z-10 mt-1 flex w-full items-center justify-between gap-2 rounded-md border border-danger/40 bg-background p-2 text-xs shadow-overlay"
          >
            <span>Search failed: {results.error.message}</span>
            <Button
              type="button"
              size="sm"
              // mousedown, like the options: the input keeps focus, so the list stays open.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => void results.refetch()}
            >
              Try again
            </Button>
          </div>
        ) : null}
      </div>
      {hint ? (
        <p id={hintId} className="text-xs text-muted-foreground">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} role="alert" className="text-xs text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}
