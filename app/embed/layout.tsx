import { CreateBalanceProvider } from "@/components/create-balance/create-balance-provider";
import { getPrecisionOverrideEntries } from "@/lib/config/precision-table";

// Pages for other internal tools to frame (a CRM's customer page): no sidebar, compact, shortcuts still on.
// Framing is allowed only for EMBED_ALLOWED_ORIGINS (proxy.ts).
export default function EmbedLayout({ children }: { children: React.ReactNode }) {
  return (
    <CreateBalanceProvider precisionOverrides={getPrecisionOverrideEntries()}>
      <main id="main" className="min-w-0 p-4">
        {children}
      </main>
    </CreateBalanceProvider>
  );
}
