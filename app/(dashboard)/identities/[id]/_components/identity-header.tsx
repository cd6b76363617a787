import type { ReactNode } from "react";
import { RecordHeader } from "@/components/record/record-header";

/** Breadcrumb back to Identities, the identity's name as the heading, its type, and the page's actions. */
export function IdentityHeader({ name, type, actions }: { name: string; type: string; actions: ReactNode }) {
  return (
    <RecordHeader
      crumbs={[{ label: "Identities", href: "/identities" }, { label: name }]}
      title={<h1 className="text-2xl font-semibold tracking-tight">{name}</h1>}
      actions={actions}
    >
      {type ? (
        <span className="w-fit rounded-full border px-2 py-0.5 text-xs text-muted-foreground">{type}</span>
      ) : null}
    </RecordHeader>
  );
}
