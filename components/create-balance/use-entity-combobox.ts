"use client";

import * as React from "react";
import { useTypeahead } from "@/lib/browser/use-typeahead";
import type { ComboboxOption, EntityComboboxProps } from "./entity-combobox";

/**
 * EntityCombobox's state and keys: the typed text, whether the list is open, the active option, and the
 * search, which runs only while the list is open: in the browser when `localOptions` can answer, otherwise on
 * the server at every keystroke, the answer to an older text cancelled (useTypeahead).
 */
export function useEntityCombobox(props: EntityComboboxProps) {
  const {
    value,
    onChange,
    search,
    localOptions,
    queryKey,
    isIdText,
    disabled,
    onUnknownId,
    unknownIdMessage,
  } = props;
  const [text, setText] = React.useState(props.initialText ?? "");
  const [isOpen, setIsOpen] = React.useState(false);
  const [active, setActive] = React.useState(0);
  const term = text.trim();
  const local = React.useMemo(() => localOptions?.(term) ?? null, [localOptions, term]);
  const results = useTypeahead({
    key: ["combobox", queryKey],
    text: term,
    search,
    enabled: isOpen && !disabled && local === null,
  });
  const options = local ?? results.data ?? [];
  /** The answer for exactly the text typed (not the previous text's, still shown while this one loads). */
  const answer = local ?? (results.isPlaceholderData ? undefined : results.data);

  const choose = React.useCallback(
    (option: ComboboxOption) => {
      onChange(option.id);
      setText(option.label);
      setIsOpen(false);
    },
    [onChange],
  );

  // A pasted ID is checked to exist: the exact match is chosen, an unknown ID is reported at the field. Once
  // per answer: choosing re-renders the form, and an option labelled by its ID keeps the ID as the text.
  const checked = React.useRef<{ term: string; answer: ComboboxOption[] } | null>(null);
  React.useEffect(() => {
    if (!answer || !isIdText(term)) return;
    if (checked.current?.term === term && checked.current.answer === answer) return;
    checked.current = { term, answer };
    const exact = answer.find((option) => option.id === term);
    if (exact) {
      onUnknownId(null);
      choose(exact);
    } else onUnknownId(unknownIdMessage);
  }, [answer, term, isIdText, choose, onUnknownId, unknownIdMessage]);

  /** Typing starts a new search: the list opens at its top and the chosen value is let go. */
  const onTextChange = (next: string) => {
    setText(next);
    setIsOpen(true);
    setActive(0);
    if (value) onChange("");
    onUnknownId(null);
  };

  const onKeyDown = listKeys({ options, active, isOpen, setIsOpen, setActive, choose });

  return {
    text,
    isOpen,
    setIsOpen,
    active,
    setActive,
    options,
    results,
    isSearching: local === null && results.isFetching,
    /** The server search failed (and the browser had no answer of its own). */
    failure: local === null ? results.error : null,
    choose,
    onTextChange,
    onKeyDown,
  };
}

/** The input's keys: arrows move through the options, Enter chooses, Esc closes the list (not the sheet). */
function listKeys({
  options,
  active,
  isOpen,
  setIsOpen,
  setActive,
  choose,
}: {
  options: ComboboxOption[];
  active: number;
  isOpen: boolean;
  setIsOpen: (open: boolean) => void;
  setActive: React.Dispatch<React.SetStateAction<number>>;
  choose: (option: ComboboxOption) => void;
}) {
  return (event: React.KeyboardEvent<HTMLInputElement>) => {
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
}
