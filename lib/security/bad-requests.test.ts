import { describe, expect, it } from "vitest";
import { badPath, checkActionBody, jsonDepth } from "./bad-requests";

describe("requests answered 4xx before Next sees them", () => {
  it("refuses a path that is not valid percent-encoding", () => {
    expect(badPath("/balances/%ff")).toMatchObject({ status: 400 });
    expect(badPath("/identities/%E0%A4%A")).toMatchObject({ status: 400 });
    expect(badPath("/balances/bln_1%20x")).toBeNull();
  });

  it("counts nesting without recursion, ignoring brackets in strings", () => {
    expect(jsonDepth('[1,{"a":[2]}]')).toBe(3);
    expect(jsonDepth('["[[[[", "\\"[["]')).toBe(1);
    expect(jsonDepth("[".repeat(100_000))).toBe(100_000);
  });

  it("refuses action bodies Next would choke on, and lets ordinary ones through", () => {
    expect(checkActionBody("not json")).toMatchObject({ status: 400 });
    expect(checkActionBody(`["${"a".repeat(1_100_000)}"]`)).toMatchObject({ status: 413 });
    expect(checkActionBody(JSON.stringify(Array.from({ length: 1001 }, () => 1)))).toMatchObject({
      status: 400,
    });
    expect(checkActionBody(`${"[".repeat(5000)}${"]".repeat(5000)}`)).toMatchObject({ status: 400 });
    expect(checkActionBody('{"a":1}')).toMatchObject({ status: 400 });
    expect(
      checkActionBody('[{"ledgerId":"ldg_1","metadata":[{"key":"a","value":"b"}]},"$undefined"]'),
    ).toBeNull();
    expect(checkActionBody("[]")).toBeNull();
  });
});
