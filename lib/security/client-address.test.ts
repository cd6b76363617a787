import { describe, expect, it } from "vitest";
import { clientAddress, parseTrustedProxies } from "./client-address";

describe("the client's address", () => {
  const none = parseTrustedProxies(undefined);
  const proxies = parseTrustedProxies("10.0.0.0/8, 192.168.1.5 fd00::/8");

  it("is the socket's when no proxy is trusted, whatever the request claims", () => {
    expect(clientAddress("203.0.113.9", "198.51.100.1", none)).toBe("203.0.113.9");
    expect(clientAddress("127.0.0.1", "1.2.3.4, 5.6.7.8", none)).toBe("127.0.0.1");
    expect(clientAddress("::ffff:127.0.0.1", undefined, none)).toBe("127.0.0.1");
  });

  it("behind a trusted proxy, is the nearest hop that is not one", () => {
    expect(clientAddress("10.1.2.3", "198.51.100.7", proxies)).toBe("198.51.100.7");
    // The left of the chain is whatever the client wrote: only the right end counts.
    expect(clientAddress("10.1.2.3", "6.6.6.6, 198.51.100.7, 192.168.1.5", proxies)).toBe("198.51.100.7");
    expect(clientAddress("::ffff:10.1.2.3", "2001:db8::1", proxies)).toBe("2001:db8::1");
    // A proxy that forwarded nothing: the proxy itself.
    expect(clientAddress("10.1.2.3", undefined, proxies)).toBe("10.1.2.3");
    // A malformed hop stops the walk at the last address that can be trusted to have seen it.
    expect(clientAddress("10.1.2.3", "1.1.1.1, not-an-ip", proxies)).toBe("10.1.2.3");
  });

  it("does not trust a forwarded header from an address outside the list", () => {
    expect(clientAddress("192.168.1.6", "198.51.100.7", proxies)).toBe("192.168.1.6");
  });

  it("refuses a TRUSTED_PROXIES entry that is not an address or range, naming it", () => {
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/TRUSTED_PROXIES: "10.0.0.0\/33"/);
    expect(() => parseTrustedProxies("proxy.internal")).toThrow(/TRUSTED_PROXIES/);
    expect(() => parseTrustedProxies("10.0.0.0/x")).toThrow(/TRUSTED_PROXIES/);
  });
});
