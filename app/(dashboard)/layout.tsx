import { CreateBalanceProvider } from "@/components/create-balance/create-balance-provider";
import { AppSidebar } from "@/components/shell/app-sidebar";
import { getPrecisionOverrideEntries } from "@/lib/config/precision-table";

export default function DashboardLayout({ children }: { children: React.ReactNode }) {
  return (
    <CreateBalanceProvider precisionOverrides={getPrecisionOverrideEntries()}>
      <div className="flex min-h-dvh">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-background focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        <AppSidebar />
        <main id="main" tabIndex={-1} className="min-w-0 flex-1 px-8 py-6 outline-none">
          {children}
        </main>
      </div>
    </CreateBalanceProvider>
  );
}
