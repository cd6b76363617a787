import { DetailField, DetailList, MetadataBlock, TextOrDash } from "@/components/record/detail-list";
import { CopyButton } from "@/components/ui/copy-button";
import { LocalTime } from "@/components/ui/local-time";

/** The ledger's summary (as Blnk Cloud lists it) and its metadata ("Extra information"). */
export function LedgerDetails({
  id,
  name,
  createdAt,
  metadataJson,
}: {
  id: string;
  name: string;
  createdAt: string;
  metadataJson: string | null;
}) {
  return (
    <>
      <section aria-labelledby="ledger-details" className="flex flex-col gap-3">
        <h2 id="ledger-details" className="text-base font-semibold">
          Details
        </h2>
        <DetailList>
          <DetailField label="Name">
            <TextOrDash value={name} />
          </DetailField>
          <DetailField label="Date created">
            <LocalTime iso={createdAt} />
          </DetailField>
          <DetailField label="Ledger ID">
            <span className="inline-flex items-center gap-1.5">
              <code className="font-mono text-xs break-all">{id}</code>
              <CopyButton value={id} label="Copy ledger ID" />
            </span>
          </DetailField>
        </DetailList>
      </section>
      <section aria-labelledby="ledger-metadata" className="flex flex-col gap-3">
        <h2 id="ledger-metadata" className="text-base font-semibold">
          Extra information
        </h2>
        <MetadataBlock json={metadataJson} label="Metadata" />
      </section>
    </>
  );
}
