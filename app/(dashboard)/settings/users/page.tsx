import type { Metadata } from "next";
import { AddUserButton } from "@/app/(dashboard)/settings/users/_components/add-user-dialog";
import { UsersTable } from "@/app/(dashboard)/settings/users/_components/users-table";
import { loadUsers } from "@/app/(dashboard)/settings/users/_lib/queries";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageRole } from "@/lib/auth/actor";
import { hasRole } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  // Admins manage users; Auditors see the same list, without a control that changes anything.
  const actor = await requirePageRole("oversight");
  const canManage = hasRole(actor.role, "admin");
  if (actor.mode === "demo") {
    return (
      <>
        <PageHeader title="Users" />
        <p className="rounded-md border p-10 text-center text-sm text-muted-foreground">
          Demo mode has no users: set AUTH_SECRET (and ADMIN_EMAIL/ADMIN_PASSWORD or OIDC_*) to require
          sign-in.
        </p>
      </>
    );
  }
  const users = await loadUsers(actor);
  return (
    <>
      <PageHeader
        title="Users"
        description={`${users.length} user${users.length === 1 ? "" : "s"}. Viewers read; Auditors also read Settings and the audit log, and change nothing; Operators also create balances; Admins also manage users.`}
        actions={canManage ? <AddUserButton /> : undefined}
      />
      <UsersTable rows={users} canManage={canManage} />
    </>
  );
}
