import { parseArgs } from "node:util";
import { prepareDatabase } from "./prepare-database";

const USAGE = `Usage: npm run user:create -- --email ADDRESS --name "NAME" --role admin|curator|editor|teacher [--password PASSWORD]
The password may instead come from the NEW_USER_PASSWORD environment variable (keeps it out of the shell history).`;

/** Creates a staff account from the command line: the way to make the first admin. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string" }, password: { type: "string" } },
  });
  const password = values.password ?? process.env.NEW_USER_PASSWORD;
  if (!values.email || !values.name || !values.role || !password) {
    console.error(USAGE);
    process.exit(2);
  }
  await prepareDatabase();
  const { createUser } = await import("@/lib/data/users/create-user");
  const { id } = await createUser({ email: values.email, name: values.name, role: values.role as "admin", password }, null);
  console.log(`Created ${values.role} ${values.email} (${id}).`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    const issues = (error as { issues?: { path: unknown[]; message: string }[] }).issues;
    console.error(
      issues ? issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("\n") : error instanceof Error ? error.message : error,
    );
    process.exit(1);
  },
);
