import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { evaluateHealth } from "@/lib/health";
import { input } from "@/lib/health/test-helpers";
import { HealthBadge, HealthChecklist } from "./health-badge";

// No formatter: amounts read in minor units, as evaluateHealth shows them by default.
const base = input({ formatAmount: undefined });

const healthy = evaluateHealth(base);
const negative = evaluateHealth({ ...base, balance: -100n, creditBalance: 0n, debitBalance: 100n });

const render = (node: React.ReactElement) => renderToStaticMarkup(node);

describe("HealthBadge", () => {
  it("is a focusable pill whose accessible name has the label and the summary", () => {
    const html = render(<HealthBadge report={negative} />);
    expect(html).toContain('role="img"');
    expect(html).toContain('tabindex="0"');
    expect(html).toContain(
      'aria-label="Health: Needs attention. The balance is negative (-100 minor units): debits exceed credits. ' +
        'Allowed by overdraft, but worth a look."',
    );
    expect(html).toContain(">Needs attention</span>");
  });

  it("keeps the text foreground-coloured and colours only the icon", () => {
    const html = render(<HealthBadge report={negative} />);
    expect(html).toContain("text-foreground");
    expect(html).toMatch(/<svg[^>]*text-warning/);
    expect(html).toMatch(/<svg[^>]*aria-hidden="true"/);
  });

  it("prints the summary next to the pill with showReason, and is not a tab stop then", () => {
    const html = render(<HealthBadge report={healthy} showReason />);
    expect(html).toContain(">Healthy</span>");
    expect(html).toContain("All checks pass.");
    expect(html).not.toContain("tabindex");
    expect(html).toMatch(/<svg[^>]*text-positive/);
  });

  it("marks an unhealthy balance with the danger icon", () => {
    const html = render(<HealthBadge report={evaluateHealth({ ...base, balance: 0n })} />);
    expect(html).toContain("Health: Unhealthy. Balance 0 minor units is not credit");
    expect(html).toMatch(/<svg[^>]*text-danger/);
  });
});

describe("HealthChecklist", () => {
  it("lists every check with its label, status word and reason", () => {
    const html = render(<HealthChecklist report={negative} />);
    expect(html.match(/<dt/g)).toHaveLength(6);
    expect(html).toContain("<dt");
    for (const check of negative.checks) {
      expect(html).toContain(check.label);
      expect(html).toContain(check.reason.replace(/'/g, "&#x27;"));
    }
    expect(html).toContain("Warning");
    expect(html).toContain("Pass");
    expect(html).toContain("Not checked");
  });

  it("says Fail for a failing check", () => {
    const html = render(<HealthChecklist report={evaluateHealth({ ...base, inflightBalance: 1n })} />);
    expect(html).toContain("Fail");
  });
});
