import type { PrismaPg } from "@prisma/adapter-pg";

/**
 * Prisma's node-postgres adapter, loaded when the client first connects rather than when lib/db is
 * imported: a SQLite server (and each of its import and export workers, which load lib/db too)
 * then never holds node-postgres and the adapter, several MB of memory in every thread.
 */
export class LazyPostgresAdapterFactory {
  readonly provider = "postgres" as const;
  readonly adapterName = "@prisma/adapter-pg";
  #adapter: PrismaPg | undefined;

  constructor(private readonly connectionString: string) {}

  async connect(): ReturnType<PrismaPg["connect"]> {
    return (await this.#load()).connect();
  }

  async connectToShadowDb(): ReturnType<PrismaPg["connectToShadowDb"]> {
    return (await this.#load()).connectToShadowDb();
  }

  async #load(): Promise<PrismaPg> {
    if (!this.#adapter) {
      const { PrismaPg } = await import("@prisma/adapter-pg");
      this.#adapter ??= new PrismaPg({ connectionString: this.connectionString });
    }
    return this.#adapter;
  }
}
