import type { Metadata } from "next";
import { DetailField, DetailList, RecordSection } from "@/components/record/detail-list";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageRole } from "@/lib/auth/actor";
import { describeCapability, probeConnection } from "@/lib/connection/probe";

export const metadata: Metadata = { title: "Connection" };

/** Settings → Connection (Admins and Auditors): the Blnk server Ledger Desk talks to, and what its key may do there. */
export default async function ConnectionPage() {
  await requirePageRole("oversight");
  const report = await probeConnection();
  return (
    <>
      <PageHeader
        title="Connection"
        description="The Blnk server Ledger Desk uses, and what its API key allows. Checked now, without writing anything."
      />
      <div className="flex flex-col gap-6">
        <RecordSection id="server" title="Server">
          <DetailList>
            <DetailField label="Blnk URL">
              <span className="font-mono">{report.url}</span>
            </DetailField>
            <DetailField label="Reachable">
              {report.reachable ? "Yes" : `No: ${report.reason ?? "no answer"}`}
            </DetailField>
            <DetailField label="Round trip">
              {report.latencyMs === null ? "—" : `${report.latencyMs} ms`}
            </DetailField>
            <DetailField label="Behaves like">{report.profile}</DetailField>
          </DetailList>
        </RecordSection>
        {report.reachable ? (
          <RecordSection id="key" title="What the API key allows">
            <ul className="flex flex-col gap-1 text-sm">
              {report.capabilities.map((capability) => (
                <li key={capability.label} data-allowed={String(capability.allowed)}>
                  {describeCapability(capability)}
                </li>
              ))}
            </ul>
          </RecordSection>
        ) : null}
      </div>
    </>
  );
}
