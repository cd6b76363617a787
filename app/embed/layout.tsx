import { CreateForActor } from "@/components/shell/create-for-actor";
import { requirePageRole } from "@/lib/auth/actor";

// Pages for other internal tools to frame (a CRM's customer page): no sidebar, compact, shortcuts still on.
// Framing is allowed only for EMBED_ALLOWED_ORIGINS (proxy.ts). With sign-in on, the session cookie
// (SameSite=Lax) reaches the frame only when the framing site is the same site as Ledger Desk.
export default async function EmbedLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageRole("viewer");
  return (
    <CreateForActor actor={actor} transactions={false}>
      <main id="main" className="min-w-0 p-4">
        {children}
      </main>
    </CreateForActor>
  );
}
