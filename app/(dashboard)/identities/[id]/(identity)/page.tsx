import type { Metadata } from "next";
import Link from "next/link";
import { BalancesView } from "@/components/balances/balances-view";
import { CreateBalanceButton } from "@/components/create-balance/create-balance-button";
import { BlnkErrorState } from "@/components/feedback/blnk-error-state";
import { RecordSection } from "@/components/record/detail-list";
import { RecordDetails } from "@/components/record/record-details";
import { recordOrError } from "@/components/record/record-page";
import { buttonVariants } from "@/components/ui/button";
import { requirePageRole } from "@/lib/auth/actor";
import { hasRole } from "@/lib/auth/roles";
import { loadBalancesPage } from "@/lib/balances/queries";
import { balancesHref } from "@/lib/balances/search-params";
import { metadataJson } from "@/lib/format/pretty-json";
import { identityDetailFields, identityTypeLabel } from "@/lib/identities/fields";
import { loadIdentity } from "@/lib/identities/queries";
import { EditIdentityButton } from "../_components/edit-identity-button";
import { IdentityHeader } from "../_components/identity-header";
import { IdentityNewMenu } from "../_components/identity-new-menu";
import { editableIdentity } from "../_lib/edit-schema";

type Props = { params: Promise<{ id: string }> };

/** Blnk Cloud shows an identity's last 10 balances, with "View all balances" for the rest. */
const CONNECTED_BALANCES = 10;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const result = await loadIdentity((await params).id);
  return { title: result.ok ? result.data.displayName : "Identity" };
}

export default async function IdentityPage({ params }: Props) {
  const actor = await requirePageRole("viewer");
  const canEdit = hasRole(actor.role, "operator");
  const { id } = await params;
  const query = { page: 1, identityId: id };
  const [result, balances] = await Promise.all([
    loadIdentity(id),
    loadBalancesPage(query, { pageSize: CONNECTED_BALANCES }),
  ]);
  const shown = recordOrError(result, "Identity");
  if (!shown.ok) return shown.fallback;

  const identity = shown.record;
  const metadata = metadataJson(identity.metadata);
  const owner = { id: identity.id, name: identity.displayName };
  return (
    <>
      <IdentityHeader
        name={identity.displayName}
        type={identityTypeLabel(identity.type)}
        actions={
          <>
            {canEdit ? <EditIdentityButton identity={editableIdentity(identity)} /> : null}
            <IdentityNewMenu identity={owner} />
          </>
        }
      />
      <div className="flex flex-col gap-8">
        <RecordDetails
          kind="Identity"
          id={identity.id}
          fields={identityDetailFields(identity)}
          createdAt={identity.createdAt}
          metadataJson={metadata}
          canEditMetadata={canEdit}
          metadataTitle="Additional information"
        />
        <RecordSection id="connected-balances" title="Connected balances">
          {balances.ok ? (
            <>
              <BalancesView
                query={query}
                initialPage={balances.data}
                pageSize={CONNECTED_BALANCES}
                isPaged={false}
                basePath={`/identities/${encodeURIComponent(identity.id)}`}
                emptyMessage="This identity has no balances yet."
                emptyAction={<CreateBalanceButton preset={{ identity: owner }} label="New balance" />}
              />
              <div className="flex justify-end">
                <Link
                  href={balancesHref({ page: 1, identityId: identity.id })}
                  className={buttonVariants({ size: "sm" })}
                >
                  View all balances
                </Link>
              </div>
            </>
          ) : (
            <BlnkErrorState error={balances.error} />
          )}
        </RecordSection>
      </div>
    </>
  );
}
