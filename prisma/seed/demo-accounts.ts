import { createUser } from "@/lib/data/users/create-user";

/**
 * DEMO ONLY: sign-ins for trying the curation tools on the seeded demo database. The README lists
 * them; a real installation starts with DEMO_ACCOUNTS=off and creates its first admin with
 * `npm run user:create`.
 */
export const DEMO_ACCOUNTS = [
  { email: "curator@demo.invalid", name: "Demo Curator", role: "curator", password: "demo-curator-password" },
  { email: "editor@demo.invalid", name: "Demo Editor", role: "editor", password: "demo-editor-password" },
] as const;

export async function createDemoAccounts(): Promise<string[]> {
  for (const account of DEMO_ACCOUNTS) await createUser(account, null);
  return DEMO_ACCOUNTS.map((a) => a.email);
}
