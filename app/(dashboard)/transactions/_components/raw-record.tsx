"use client";

import { Tabs } from "radix-ui";
import { CopyButton } from "@/components/ui/copy-button";
import { type RawJson, rawJsonText } from "@/lib/format/raw-json";

/** One value of the tree: scalars inline, objects and arrays as collapsible branches (open to start). */
function TreeNode({ name, node }: { name: string; node: RawJson }) {
  if (node.type === "object" || node.type === "array") {
    const children: [string, RawJson][] =
      node.type === "object" ? node.entries : node.items.map((item, index) => [String(index), item]);
    const size = node.type === "object" ? `{${children.length}}` : `[${children.length}]`;
    return (
      <li>
        <details open>
          <summary className="cursor-pointer">
            <span className="text-muted-foreground">{name}</span> <span className="text-xs">{size}</span>
          </summary>
          {children.length > 0 ? (
            <ul className="ml-4 border-l pl-3">
              {children.map(([key, child]) => (
                <TreeNode key={key} name={key} node={child} />
              ))}
            </ul>
          ) : null}
        </details>
      </li>
    );
  }
  const text =
    node.type === "string"
      ? JSON.stringify(node.value)
      : node.type === "number"
        ? node.text
        : node.type === "boolean"
          ? String(node.value)
          : "null";
  return (
    <li>
      <span className="text-muted-foreground">{name}</span>: <span className="break-all">{text}</span>
    </li>
  );
}

/**
 * The record exactly as Blnk sent it: "Tree view" (collapsible) and "JSON" (pretty, copyable). Numbers are
 * Blnk's own digits, never a float: a 40-digit precise_amount shows all 40.
 */
export function RawRecord({ raw }: { raw: RawJson }) {
  const json = rawJsonText(raw);
  const tab =
    "rounded-sm px-3 py-1 text-sm data-[state=active]:bg-background data-[state=active]:font-medium data-[state=active]:shadow-sm";
  return (
    <Tabs.Root defaultValue="tree" className="flex flex-col gap-3">
      <div className="flex items-center justify-between gap-2">
        <Tabs.List aria-label="Raw record" className="inline-flex rounded-md bg-muted p-1">
          <Tabs.Trigger value="tree" className={tab}>
            Tree view
          </Tabs.Trigger>
          <Tabs.Trigger value="json" className={tab}>
            JSON
          </Tabs.Trigger>
        </Tabs.List>
        <CopyButton value={json} label="Copy JSON" />
      </div>
      <Tabs.Content value="tree" className="max-h-[32rem] overflow-auto rounded-md border bg-surface p-3">
        <ul className="font-mono text-xs leading-relaxed">
          {raw.type === "object" ? (
            raw.entries.map(([key, node]) => <TreeNode key={key} name={key} node={node} />)
          ) : (
            <TreeNode name="record" node={raw} />
          )}
        </ul>
      </Tabs.Content>
      <Tabs.Content value="json" className="max-h-[32rem] overflow-auto rounded-md border bg-surface p-3">
        <pre className="font-mono text-xs leading-relaxed">{json}</pre>
      </Tabs.Content>
    </Tabs.Root>
  );
}
