import { PlugIcon, ScrollTextIcon, UsersRoundIcon } from "lucide-react";

/**
 * The pages Admins and Auditors oversee (Auditors read them; only Admins change anything), in the account menu
 * and, where `inSidebar`, in the sidebar too, so they are found without the menu (demo mode has none). Never
 * prefetched: rendering one does real work (Connection probes Blnk), and they would load on every page.
 */
export const OVERSIGHT_PAGES = [
  { href: "/settings/users", label: "Users", icon: UsersRoundIcon, inSidebar: false },
  { href: "/audit", label: "Audit log", icon: ScrollTextIcon, inSidebar: true },
  { href: "/settings/connection", label: "Connection", icon: PlugIcon, inSidebar: true },
] as const;
