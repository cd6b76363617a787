import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { BlnkErrorState } from "@/components/feedback/blnk-error-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageRole } from "@/lib/auth/actor";
import type { BlnkResult } from "@/lib/blnk";

// The two rules every record page (a balance, an identity, a ledger…) follows about its record.

/**
 * For a record route's layout: an unknown ID is a real 404. A page under a loading.tsx starts streaming
 * (status 200) before it could call notFound(), so the layout above that loading.tsx checks first; the page
 * reuses the same call, cached per request. Other failures are left to the page, which shows them.
 */
export async function requireRecord<T>(load: () => Promise<BlnkResult<T>>): Promise<void> {
  // Checked here as well as in the pages: this layout reads Blnk before any page renders.
  await requirePageRole("viewer");
  const result = await load();
  if (!result.ok && result.error.kind === "not_found") notFound();
}

/**
 * A record route's layout (`export default recordLayout(loadBalance)`): `requireRecord` for the route's ID,
 * then the pages. It sits in a route group above the group's loading.tsx; the pages call the same cached load.
 */
export function recordLayout(load: (id: string) => Promise<BlnkResult<unknown>>) {
  return async function RecordLayout({
    children,
    params,
  }: {
    children: ReactNode;
    params: Promise<{ id: string }>;
  }) {
    const { id } = await params;
    await requireRecord(() => load(id));
    return children;
  };
}

/**
 * The record, or what the page shows instead: the not-found page for an unknown ID, else a heading and the
 * Blnk error with a way to retry.
 */
export function recordOrError<T>(
  result: BlnkResult<T>,
  title: string,
): { ok: true; record: T } | { ok: false; fallback: ReactNode } {
  if (result.ok) return { ok: true, record: result.data };
  if (result.error.kind === "not_found") notFound();
  return {
    ok: false,
    fallback: (
      <>
        <PageHeader title={title} />
        <BlnkErrorState error={result.error} />
      </>
    ),
  };
}
