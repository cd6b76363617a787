"use client";

import { useQuery } from "@tanstack/react-query";
import * as React from "react";
import type { ComboboxOption, EntityComboboxProps } from "./entity-combobox";

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = React.useState(value);
  React.useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/**
 * EntityCombobox's state and keys: the typed text, whether the list is open, the active option, and the
 * server search, which runs only while the list is open.
 */
export function useEntityCombobox(props: EntityComboboxProps) {
  const { value, onChange, search, queryKey, isIdText, disabled, onUnknownId, unknownIdMessage } = props;
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

  const choose = React.useCallback(
    (option: ComboboxOption) => {
      onChange(option.id);
      setText(option.label);
      setIsOpen(false);
    },
    [onChange],
  );

  // A pasted ID is checked to exist: the exact match is chosen, an unknown ID is reported at the field.
  React.useEffect(() => {
    if (!results.data || term !== text.trim() || !isIdText(term)) return;
    const exact = results.data.find((option) => option.id === term);
    if (exact) {
      onUnknownId(null);
      choose(exact);
    } else onUnknownId(unknownIdMessage);
  }, [results.data, term, text, isIdText, choose, onUnknownId, unknownIdMessage]);

  /** Typing starts a new search: the list opens at its top and the chosen value is let go. */
  const onTextChange = (next: string) => {
    setText(next);
    setIsOpen(true);
    setActive(0);
    if (value) onChange("");
    onUnknownId(null);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
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
  };

  return {
    text,
    isOpen,
    setIsOpen,
    active,
    setActive,
    options,
    results,
    choose,
    onTextChange,
    onKeyDown,
  };
}
