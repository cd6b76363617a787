// The people, companies and ledgers of the demo. Plain data, so the seeder stays about the flow.

export const DEMO_LEDGERS = [
  { name: "Customer Wallets", meta_data: { purpose: "Retail customer wallets", region: "global" } },
  { name: "Merchant Settlements", meta_data: { purpose: "Merchant payouts", settlement_cycle: "T+1" } },
  { name: "Card Float", meta_data: { purpose: "Prefunded card program float" } },
  { name: "Savings Vaults", meta_data: { purpose: "Interest-bearing savings" } },
];

export const DEMO_INDIVIDUALS = [
  { first_name: "Amara", last_name: "Okafor", country: "NG", city: "Lagos", gender: "female" },
  { first_name: "Lucas", last_name: "Moreau", country: "FR", city: "Lyon", gender: "male" },
  { first_name: "Sofia", last_name: "Rossi", country: "IT", city: "Milan", gender: "female" },
  { first_name: "Kenji", last_name: "Tanaka", country: "JP", city: "Osaka", gender: "male" },
  { first_name: "Emily", last_name: "Carter", country: "GB", city: "Leeds", gender: "female" },
  { first_name: "Daniel", last_name: "Schmidt", country: "DE", city: "Hamburg", gender: "male" },
  { first_name: "Chinedu", last_name: "Eze", country: "NG", city: "Abuja", gender: "male" },
  { first_name: "Grace", last_name: "Mensah", country: "GH", city: "Accra", gender: "female" },
  { first_name: "Mateo", last_name: "García", country: "ES", city: "Valencia", gender: "male" },
  { first_name: "Olivia", last_name: "Brown", country: "US", city: "Austin", gender: "female" },
  { first_name: "Noah", last_name: "Williams", country: "US", city: "Denver", gender: "male" },
  { first_name: "Yuki", last_name: "Sato", country: "JP", city: "Tokyo", gender: "female" },
  { first_name: "Fatima", last_name: "Bello", country: "NG", city: "Kano", gender: "female" },
  { first_name: "Liam", last_name: "O'Connor", country: "IE", city: "Dublin", gender: "male" },
];

export const DEMO_ORGANIZATIONS = [
  { organization_name: "Northwind Traders", category: "retail", country: "US", city: "Seattle" },
  { organization_name: "Lagos Fresh Foods Ltd", category: "groceries", country: "NG", city: "Lagos" },
  { organization_name: "Bergmann Logistik GmbH", category: "logistics", country: "DE", city: "Bremen" },
  { organization_name: "Kyoto Craft Supply", category: "wholesale", country: "JP", city: "Kyoto" },
  { organization_name: "Thames Digital Studio", category: "software", country: "GB", city: "London" },
  { organization_name: "Satoshi Mining Co-op", category: "crypto", country: "US", city: "Reno" },
];

/** Currency → [precision multiplier as bigint, a typical funding amount in major units]. */
export const DEMO_CURRENCIES: Record<string, { precision: bigint; typical: number }> = {
  USD: { precision: 100n, typical: 2_500 },
  EUR: { precision: 100n, typical: 1_800 },
  GBP: { precision: 100n, typical: 1_200 },
  NGN: { precision: 100n, typical: 850_000 },
  JPY: { precision: 1n, typical: 300_000 },
  BTC: { precision: 100_000_000n, typical: 2 },
  ETH: { precision: 1_000_000_000_000_000_000n, typical: 40 },
};
