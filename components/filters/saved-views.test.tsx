import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import type { SavedView } from "@/lib/saved-views/schema";
import { SavedViewTabs, type SavedViewTabsProps } from "./saved-views";

// The tabs as the server first renders them: which links, which one is open, and when "Save changes" shows.
vi.mock("next/navigation", () => ({
  useRouter: () => ({ push: vi.fn(), refresh: vi.fn(), prefetch: vi.fn() }),
}));

const view = (id: string, name: string, filters: string): SavedView => ({
  id,
  table: "balances",
  name,
  description: "",
  filters,
  createdAt: 1,
  updatedAt: 1,
});
const USD = view("view_00000000000000a1", "USD & more", "f.balance.gt=1000+USD&f.currency.eq=USD");
const EMPTY = view("view_00000000000000b2", "Everything", "");

function render(props: Partial<SavedViewTabsProps> = {}) {
  const all: SavedViewTabsProps = {
    table: "balances",
    basePath: "/balances",
    views: [USD, EMPTY],
    activeViewId: null,
    currentFilters: "",
    ...props,
  };
  return renderToStaticMarkup(
    <QueryClientProvider client={new QueryClient()}>
      <SavedViewTabs {...all} />
    </QueryClientProvider>,
  );
}

const links = (html: string) =>
  [...html.matchAll(/<a [^>]*href="([^"]*)"[^>]*>([^<]*)<\/a>/g)].map((match) => [
    match[1]?.replaceAll("&amp;", "&"),
    match[2]?.replaceAll("&amp;", "&"),
    /aria-current="page"/.test(match[0]),
  ]);

describe("SavedViewTabs", () => {
  it("links each view with its ID and filters, and marks the open one", () => {
    const html = render({ activeViewId: EMPTY.id });
    expect(html).toContain('<nav aria-label="Saved views">');
    expect(links(html)).toEqual([
      [`/balances?view=${USD.id}&f.balance.gt=1000+USD&f.currency.eq=USD`, "USD & more", false],
      [`/balances?view=${EMPTY.id}`, "Everything", true],
    ]);
    // The open view's menu only.
    expect(html).toContain('aria-label="View options: Everything"');
    expect(html).not.toContain("View options: USD");
  });

  it('offers "Save changes" only when the open view\'s filters were changed, whatever their order', () => {
    const same = render({ activeViewId: USD.id, currentFilters: "f.currency.eq=USD&f.balance.gt=1000+USD" });
    expect(same).not.toContain("Save changes");
    const changed = render({ activeViewId: USD.id, currentFilters: "f.currency.eq=USD" });
    expect(changed).toContain("Save changes");
    expect(render({ currentFilters: "f.currency.eq=EUR" })).not.toContain("Save changes");
  });

  it('always offers "Save as view"; without views there is no list', () => {
    const html = render({ views: [], activeViewId: "view_gone" });
    expect(html).toContain("Save as view");
    expect(html).not.toContain("Saved views");
    expect(html).not.toContain("Save changes");
  });
});
