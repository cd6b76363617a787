import { type ReactNode, Suspense } from "react";
import { IdentitySearch } from "@/app/(dashboard)/identities/(list)/_components/identity-search";
import { CreateIdentityButton } from "@/components/create-identity/create-identity-provider";
import { Input } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";

// The heading and the search box sit above the page's loading boundary, so the box keeps its focus and text
// while a search loads.
export default function IdentitiesListLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <PageHeader title="Identities" actions={<CreateIdentityButton />} />
      <div className="mb-4">
        <Suspense
          fallback={<Input type="search" aria-label="Search identities" className="max-w-sm" disabled />}
        >
          <IdentitySearch />
        </Suspense>
      </div>
      {children}
    </>
  );
}
