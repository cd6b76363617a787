import { LazyAccountMenu } from "@/components/shell/account-menu-lazy";
import { AppSidebar } from "@/components/shell/app-sidebar";
import { CreateForActor } from "@/components/shell/create-for-actor";
import { DemoBanner } from "@/components/shell/demo-banner";
import { requirePageRole } from "@/lib/auth/actor";
import { hasAccess, ROLE_LABELS } from "@/lib/auth/roles";

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageRole("viewer");
  return (
    <CreateForActor actor={actor} transactions>
      <div className="flex min-h-dvh flex-col">
        {actor.mode === "demo" ? <DemoBanner /> : null}
        <div className="flex min-h-0 flex-1">
          <a
            href="#main"
            className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-background focus:px-3 focus:py-2"
          >
            Skip to content
          </a>
          <AppSidebar
            canOversee={hasAccess(actor.role, "oversight")}
            account={
              actor.mode === "sign-in" && actor.role ? (
                <LazyAccountMenu
                  name={actor.name}
                  email={actor.email}
                  roleLabel={ROLE_LABELS[actor.role]}
                  canOversee={hasAccess(actor.role, "oversight")}
                />
              ) : null
            }
          />
          <main id="main" tabIndex={-1} className="min-w-0 flex-1 px-8 py-6 outline-none">
            {children}
          </main>
        </div>
      </div>
    </CreateForActor>
  );
}
