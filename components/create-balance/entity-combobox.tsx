"use client";

import { LoaderIcon } from "lucide-react";
import type * as React from "react";
import { Button } from "@/components/ui/button";
import { OptionLabel } from "@/components/ui/option-label";
import { cn } from "@/lib/cn";
import { useEntityCombobox } from "./use-entity-combobox";

export type ComboboxOption = { id: string; label: string; detail?: string; badge?: string };

export type EntityComboboxProps = {
  id: string;
  label: string;
  /** The chosen option's ID (the form value); "" when nothing is chosen. */
  value: string;
  /** Shown in the input when `value` was set from outside (a preset). */
  initialText?: string;
  onChange: (id: string) => void;
  /** The server search; `signal` ends when the text it was asked for is no longer the text typed. */
  search: (text: string, signal: AbortSignal) => Promise<ComboboxOption[]>;
  /**
   * The options for a text when the browser holds them itself (a short list such as the ledgers): no request
   * is made. Null to ask `search`. Keep it stable (useCallback): it runs again whenever it changes.
   */
  localOptions?: (text: string) => ComboboxOption[] | null;
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

/**
 * A searching combobox (WAI-ARIA combobox + listbox). Searches as you type, at every keystroke with no
 * debounce: the request for an older text is cancelled, and each answer is cached under its own text, so a
 * slow answer to an older text never replaces a newer one.
 */
export function EntityCombobox(props: EntityComboboxProps) {
  const { id, label, error, hint, disabled } = props;
  const combobox = useEntityCombobox(props);
  const listId = `${id}-options`;
  const { errorId, hintId, describedBy } = describedByOf(id, error, hint);

  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <div className="relative">
        <input
          id={id}
          role="combobox"
          aria-expanded={combobox.isOpen && combobox.options.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={
            combobox.isOpen && combobox.options[combobox.active] ? `${listId}-${combobox.active}` : undefined
          }
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          autoComplete="off"
          disabled={disabled}
          value={combobox.text}
          placeholder={props.placeholder}
          onChange={(event) => combobox.onTextChange(event.target.value)}
          onFocus={() => combobox.setIsOpen(true)}
          onBlur={() => combobox.setIsOpen(false)}
          onKeyDown={combobox.onKeyDown}
          className={cn(
            "h-9 w-full rounded border bg-background px-3 text-sm disabled:opacity-60",
            error ? "border-danger" : "border-input",
          )}
        />
        {combobox.isSearching ? (
          <LoaderIcon
            className="absolute top-2.5 right-2.5 size-4 animate-spin text-muted-foreground"
            aria-hidden
          />
        ) : null}
        {combobox.isOpen && combobox.options.length > 0 ? (
          <OptionList
            id={listId}
            label={label}
            options={combobox.options}
            active={combobox.active}
            onChoose={combobox.choose}
            onHover={combobox.setActive}
          />
        ) : null}
        {combobox.isOpen && combobox.failure ? (
          <SearchFailed message={combobox.failure.message} onRetry={() => void combobox.results.refetch()} />
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

function describedByOf(id: string, error: string | undefined, hint: React.ReactNode) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(" ") || undefined;
  return { errorId, hintId, describedBy };
}

function OptionList({
  id,
  label,
  options,
  active,
  onChoose,
  onHover,
}: {
  id: string;
  label: string;
  options: ComboboxOption[];
  active: number;
  onChoose: (option: ComboboxOption) => void;
  onHover: (index: number) => void;
}) {
  return (
    <div
      id={id}
      role="listbox"
      aria-label={label}
      className="absolute z-10 mt-1 max-h-64 w-full overflow-y-auto rounded-md border bg-background p-1 shadow-overlay"
    >
      {options.map((option, index) => (
        <div
          key={option.id}
          // Focus stays in the input (aria-activedescendant); options are reachable by arrow keys.
          tabIndex={-1}
          id={`${id}-${index}`}
          role="option"
          aria-selected={index === active}
          // mousedown, not click: the input's blur would close the list first.
          onMouseDown={(event) => {
            event.preventDefault();
            onChoose(option);
          }}
          onMouseEnter={() => onHover(index)}
          className={cn(
            "flex cursor-pointer items-center justify-between gap-2 rounded-sm px-2 py-1.5 text-sm",
            index === active && "bg-muted",
          )}
        >
          <OptionLabel label={option.label} detail={option.detail} />
          {option.badge ? (
            <span className="shrink-0 rounded-sm bg-muted px-1 py-0.5 text-[0.65rem] text-muted-foreground uppercase">
              {option.badge}
            </span>
          ) : null}
        </div>
      ))}
    </div>
  );
}

/** A failed search must not look like "no matches": say why, and offer the search again. */
function SearchFailed({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <div
      role="alert"
      className="absolute z-10 mt-1 flex w-full items-center justify-between gap-2 rounded-md border border-danger/40 bg-background p-2 text-xs shadow-overlay"
    >
      <span>Search failed: {message}</span>
      <Button
        type="button"
        size="sm"
        // mousedown, like the options: the input keeps focus, so the list stays open.
        onMouseDown={(event) => event.preventDefault()}
        onClick={onRetry}
      >
        Try again
      </Button>
    </div>
  );
}
