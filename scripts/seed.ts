import { prepareDatabase } from "./prepare-database";

prepareDatabase().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
