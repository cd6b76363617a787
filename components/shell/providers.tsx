"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { ThemeProvider } from "next-themes";
import * as React from "react";
import { z } from "zod";
import { Toaster } from "@/components/ui/toast";
import { TooltipProvider } from "@/components/ui/tooltip";
import { ShortcutProvider } from "@/lib/keyboard/use-shortcut";

// zod probes for eval (new Function) the first time it parses an object, to compile faster parsers; the CSP
// forbids eval, so the probe would be reported as a violation. Parsing without it is fast enough for forms.
z.config({ jitless: true });

/** `nonce`: this response's CSP nonce, for next-themes' inline script that sets the theme before paint. */
export function Providers({ children, nonce }: { children: React.ReactNode; nonce?: string }) {
  const [queryClient] = React.useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, retry: false } } }),
  );
  return (
    <ThemeProvider
      attribute="class"
      defaultTheme="system"
      enableSystem
      disableTransitionOnChange
      nonce={nonce}
    >
      <QueryClientProvider client={queryClient}>
        <TooltipProvider delayDuration={300}>
          <ShortcutProvider>
            {children}
            <Toaster />
          </ShortcutProvider>
        </TooltipProvider>
      </QueryClientProvider>
    </ThemeProvider>
  );
}
