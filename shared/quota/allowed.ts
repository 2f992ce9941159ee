import type { QuotaRounding } from "../settings.js";

/**
 * The number of HTXSNV a scope may have: rate × base rounded as the setting says (RULES.md §5).
 * The product is snapped to 1e-9 first, so 0.2 × 15 is 3 (not 3.0000000000000004, which `ceil`
 * would make 4) and 0.1 × 15 is 1.5 (which `round` makes 2).
 */
export function allowedExcellent(rate: number, base: number, rounding: QuotaRounding): number {
  const product = Math.round(rate * base * 1e9) / 1e9;
  switch (rounding) {
    case "exact":
      return Math.floor(product);
    case "round":
      return Math.round(product);
    case "ceil":
      return Math.ceil(product);
  }
}
