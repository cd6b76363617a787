"use client";

import { Switch } from "@/components/ui/switch";

/** A labelled switch with an optional description, as a form row. */
export function ToggleRow(props: {
  id: string;
  label: string;
  checked: boolean;
  disabled?: boolean;
  description?: string;
  onCheckedChange: (checked: boolean) => void;
}) {
  return (
    <div className="flex items-start justify-between gap-3">
      <div className="flex flex-col gap-0.5">
        <label htmlFor={props.id} className="text-sm">
          {props.label}
        </label>
        {props.description ? (
          <span id={`${props.id}-description`} className="text-xs text-muted-foreground">
            {props.description}
          </span>
        ) : null}
      </div>
      <Switch
        id={props.id}
        checked={props.checked}
        disabled={props.disabled}
        onCheckedChange={props.onCheckedChange}
        aria-describedby={props.description ? `${props.id}-description` : undefined}
      />
    </div>
  );
}
