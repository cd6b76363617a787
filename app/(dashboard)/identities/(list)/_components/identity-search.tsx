"use client";

import { LoaderIcon, SearchIcon } from "lucide-react";
import Form from "next/form";
import { useRouter, useSearchParams } from "next/navigation";
import * as React from "react";
import {
  identitiesHref,
  MAX_SEARCH_LENGTH,
  parseIdentitiesQuery,
} from "@/app/(dashboard)/identities/(list)/_lib/search-params";
import { Input } from "@/components/ui/input";
import { filterParamsOf } from "@/lib/filters/url";

const DEBOUNCE_MS = 300;

/**
 * Search identities by name or email. The search runs on the server: the text goes to `?q=` (as you type,
 * after a short pause, or on Enter) and the page re-renders from Blnk. It lives in the list's layout, so the
 * box keeps its focus and text while results load. Without JavaScript it is a plain GET form.
 */
export function IdentitySearch() {
  const searchParams = useSearchParams();
  const urlText = parseIdentitiesQuery(searchParams).q;
  const router = useRouter();
  const [text, setText] = React.useState(urlText);
  const [isSearching, startSearch] = React.useTransition();
  const inputRef = React.useRef<HTMLInputElement>(null);

  // The URL changed from elsewhere (Back, a link): show its search unless the person is typing here.
  React.useEffect(() => {
    if (document.activeElement !== inputRef.current) setText(urlText);
  }, [urlText]);

  const search = React.useCallback(
    (value: string) => {
      if (value.trim() === urlText) return;
      const filters = filterParamsOf(searchParams);
      startSearch(() => router.replace(identitiesHref({ q: value, filters }), { scroll: false }));
    },
    [router, urlText, searchParams],
  );

  const pending = React.useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  React.useEffect(() => {
    pending.current = setTimeout(() => search(text), DEBOUNCE_MS);
    return () => clearTimeout(pending.current);
  }, [text, search]);

  // A click on a link (a row, a page) while a search waits to run wins: the search must not pull the person
  // back to the list once they have chosen where to go.
  React.useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (event.target instanceof Element && event.target.closest("a[href]")) clearTimeout(pending.current);
    };
    document.addEventListener("click", onClick, true);
    return () => document.removeEventListener("click", onClick, true);
  }, []);

  return (
    <Form
      action="/identities"
      replace
      scroll={false}
      role="search"
      aria-label="Identities"
      className="relative w-full max-w-sm"
      onSubmit={(event) => {
        event.preventDefault();
        search(text);
      }}
    >
      <label htmlFor="identity-search" className="sr-only">
        Search identities
      </label>
      <SearchIcon
        className="pointer-events-none absolute top-2.5 left-2.5 size-4 text-muted-foreground"
        aria-hidden
      />
      <Input
        ref={inputRef}
        id="identity-search"
        type="search"
        name="q"
        value={text}
        maxLength={MAX_SEARCH_LENGTH}
        onChange={(event) => setText(event.target.value)}
        placeholder="Search by name or email"
        autoComplete="off"
        className="pr-8 pl-8"
        aria-busy={isSearching}
      />
      {isSearching ? (
        <LoaderIcon
          className="absolute top-2.5 right-2.5 size-4 animate-spin text-muted-foreground"
          aria-label="Searching"
        />
      ) : null}
    </Form>
  );
}
