"use client";

import * as React from "react";
import { setUserRoleAction } from "@/app/(dashboard)/settings/users/_lib/actions";
import type { UserRow } from "@/app/(dashboard)/settings/users/_lib/schema";
import { useRefreshAfterWrite } from "@/components/record/use-refresh-after-write";
import { LocalTime } from "@/components/ui/local-time";
import { Table, TableBody, TableCell, TableColumns, TableRow } from "@/components/ui/table";
import { toast } from "@/components/ui/toast";
import { NO_ANSWER } from "@/lib/actions/result";
import { ROLE_LABELS, ROLES } from "@/lib/auth/roles";
import { RoleOptions } from "./role-options";

/** Every account with its role; an Admin changes someone's role in place (not their own); others only read. */
export function UsersTable({ rows, canManage }: { rows: UserRow[]; canManage: boolean }) {
  const refreshAfterWrite = useRefreshAfterWrite();
  const [pendingId, setPendingId] = React.useState<string | null>(null);

  const changeRole = async (row: UserRow, role: string) => {
    setPendingId(row.id);
    try {
      const result = await setUserRoleAction({ userId: row.id, role });
      if (result.ok) {
        toast({ title: `${row.email} is now ${ROLE_LABELS[role as keyof typeof ROLE_LABELS] ?? role}` });
        refreshAfterWrite({ queries: false });
      } else {
        toast({ title: result.error ?? "Ledger Desk could not change the role." });
      }
    } catch {
      toast({ title: NO_ANSWER });
    } finally {
      setPendingId(null);
    }
  };

  return (
    <Table aria-label="Users">
      <TableColumns columns={["Name", "Email", "Role", "Added"]} />
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.id}>
            <TableCell className="font-medium">
              {row.name}
              {row.isYou ? <span className="ml-2 text-xs text-muted-foreground">(you)</span> : null}
            </TableCell>
            <TableCell>{row.email}</TableCell>
            <TableCell>
              {canManage ? (
                <select
                  aria-label={`Role of ${row.email}`}
                  className="h-8 rounded border border-input bg-background px-2 text-sm disabled:opacity-60"
                  value={row.role ?? ""}
                  disabled={row.isYou || pendingId === row.id}
                  title={row.isYou ? "You cannot change your own role." : undefined}
                  onChange={(event) => void changeRole(row, event.target.value)}
                >
                  {row.role && !(ROLES as readonly string[]).includes(row.role) ? (
                    <option value={row.role}>{row.role} (unknown: no access)</option>
                  ) : null}
                  <RoleOptions />
                </select>
              ) : (
                (ROLE_LABELS[row.role as keyof typeof ROLE_LABELS] ?? row.role ?? "No role")
              )}
            </TableCell>
            <TableCell className="text-muted-foreground">
              <LocalTime iso={row.createdAt} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
