import type { Config } from "tailwindcss";

// Design tokens. Colours point at CSS variables defined in app/globals.css so that light and dark themes
// swap one set of values; everything else (radii, fonts, shadows) is fixed here.
const color = (name: string) => `rgb(var(--${name}) / <alpha-value>)`;

export default {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}", "./lib/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        background: color("background"),
        foreground: color("foreground"),
        surface: color("surface"),
        muted: { DEFAULT: color("muted"), foreground: color("muted-foreground") },
        border: color("border"),
        input: color("input"),
        ring: color("ring"),
        primary: { DEFAULT: color("primary"), foreground: color("primary-foreground") },
        accent: { DEFAULT: color("accent"), foreground: color("accent-foreground") },
        positive: color("positive"),
        warning: color("warning"),
        danger: { DEFAULT: color("danger"), foreground: color("danger-foreground") },
        sidebar: { DEFAULT: color("sidebar"), foreground: color("sidebar-foreground") },
      },
      borderRadius: {
        sm: "0.25rem",
        DEFAULT: "0.375rem",
        md: "0.5rem",
        lg: "0.75rem",
      },
      fontFamily: {
        sans: ["var(--font-geist-sans)", "ui-sans-serif", "system-ui", "sans-serif"],
        mono: ["var(--font-geist-mono)", "ui-monospace", "SFMono-Regular", "monospace"],
      },
      boxShadow: {
        overlay: "0 10px 38px -10px rgb(0 0 0 / 0.35), 0 10px 20px -15px rgb(0 0 0 / 0.2)",
      },
      width: { sidebar: "14rem" },
    },
  },
} satisfies Config;
