import { ROLE_LABELS, ROLES } from "@/lib/auth/roles";

/** One <option> a role, Viewer to Admin, for the role pickers on this page. */
export function RoleOptions() {
  return ROLES.map((role) => (
    <option key={role} value={role}>
      {ROLE_LABELS[role]}
    </option>
  ));
}
