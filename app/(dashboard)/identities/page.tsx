import type { Metadata } from "next";
import { BlnkErrorState } from "@/components/feedback/blnk-error-state";
import { LocalTime } from "@/components/ui/local-time";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, parsePage } from "@/components/ui/pagination";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { blnkResult, filterIdentities } from "@/lib/blnk";

export const metadata: Metadata = { title: "Identities" };

const PAGE_SIZE = 20;

export default async function IdentitiesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const page = parsePage((await searchParams).page);
  // Core's plain GET /identities ignores limit/offset, so paging goes through the filter endpoint.
  const result = await blnkResult(() =>
    filterIdentities({ limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE, includeCount: true }),
  );
  if (!result.ok) {
    return (
      <>
        <PageHeader title="Identities" />
        <BlnkErrorState error={result.error} />
      </>
    );
  }
  const { items, totalCount } = result.data;
  const hasNext = totalCount === null ? items.length === PAGE_SIZE : page * PAGE_SIZE < totalCount;
  return (
    <>
      <PageHeader
        title="Identities"
        description={totalCount === null ? undefined : `${totalCount.toLocaleString("en-US")} identities`}
      />
      {items.length === 0 ? (
        <p className="rounded-md border p-8 text-center text-sm text-muted-foreground">No identities yet.</p>
      ) : (
        <div className="flex flex-col gap-3">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Name</TableHead>
                <TableHead>Type</TableHead>
                <TableHead>Email</TableHead>
                <TableHead>Country</TableHead>
                <TableHead>Created at</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((identity) => (
                <TableRow key={identity.id}>
                  <TableCell className="font-medium">{identity.displayName}</TableCell>
                  <TableCell className="capitalize">{identity.type}</TableCell>
                  <TableCell>{identity.email}</TableCell>
                  <TableCell>{identity.country}</TableCell>
                  <TableCell>
                    <LocalTime iso={identity.createdAt} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Pagination
            label="Identities pages"
            page={page}
            hasNext={hasNext}
            hrefFor={(p) => `/identities?page=${p}`}
          />
        </div>
      )}
    </>
  );
}
