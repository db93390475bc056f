import type { StaffUser } from "@/lib/auth/current-user";
import type { Permission } from "@/lib/auth/roles";
import type { PublicationStatus } from "@/lib/content/entry-kinds";
import type { ContentLocale } from "@/lib/content/locales";
import type { FieldChange } from "@/lib/revisions/diff-snapshots";
import type { ValidationKey } from "@/lib/validation/messages";
import type { Transaction } from "../transaction";

/** What the lifecycle reads of every publishable record's snapshot. */
export interface PublishableSnapshot {
  slug: string;
  status: PublicationStatus;
  translations: Partial<Record<ContentLocale, { title: string }>>;
}

/**
 * One kind of publishable record (entries, articles, tours): what the shared lifecycle in this
 * folder needs to know of it. Review moves, versions, revisions, audit lines, deletion, restoring a
 * revision and the history come from the lifecycle; a new kind brings a descriptor and its fields.
 */
export interface PublishableType<Snapshot extends PublishableSnapshot = PublishableSnapshot, Edit = unknown, Stored = Snapshot> {
  /** The audit log's target type and the prefix of its actions: "entry" → entry.update, entry.status.published. */
  readonly name: "entry" | "article" | "tour";
  /** The URL segment of its staff and public pages: /admin/entries/<slug>, /entries/<slug>. */
  readonly path: "entries" | "articles" | "tours";
  /** Prisma's models of the record and of its revisions, and the column by which revisions and images name it. */
  readonly model: "entry" | "article" | "tour";
  readonly revisionModel: "revision" | "articleRevision" | "tourRevision";
  readonly ownerColumn: "entryId" | "articleId" | "tourId";
  /** A kind with no images of its own (a tour shows its steps' records' images). */
  readonly noImages?: true;
  /** What a refusal says when the record is gone, and when someone else saved it meanwhile. */
  readonly gone: ValidationKey;
  readonly conflict: string;
  /**
   * The permission that stands for `entries.edit` in this kind's review moves (sending a draft for
   * review and taking it back); `entries.edit` when absent. Publishing is always `entries.publish`.
   */
  readonly draftPermission?: Permission;
  /**
   * Refuses (FORBIDDEN) a person whose role allows the change but who may not change this record,
   * inside the change's transaction; everyone whose role allows may when absent.
   */
  assertMayChange?(tx: Transaction, id: string, actor: StaffUser): Promise<void>;
  readSnapshot(tx: Transaction, id: string): Promise<{ snapshot: Snapshot; version: number }>;
  /** Many records' snapshots in a few queries, for changes made to many at once; one by one with readSnapshot when absent. */
  readSnapshots?(tx: Transaction, ids: readonly string[]): Promise<Map<string, { snapshot: Snapshot; version: number }>>;
  /** A revision's stored JSON; older revisions may hold an older shape. */
  parseStored(json: string): Stored;
  /** How the history and the conflict views compare two stored snapshots, field by field. */
  forDiff(stored: Stored): object;
  /**
   * Changes a field-by-field comparison cannot name, read from both versions together (a tour's steps
   * added, removed or moved); recordChanges() puts them after the fields'.
   */
  pairedChanges?(before: Stored | null, after: Stored): FieldChange[];
  /**
   * Writes an edit: the row's own columns, its texts, links and search documents. Returns the other
   * records of this kind whose own record the edit changed (a symmetric link belongs to both ends).
   */
  writeFields(tx: Transaction, id: string, edit: Edit): Promise<ReadonlySet<string>>;
  /** A stored revision as an edit to save again, leaving out links to what no longer exists. */
  storedToEdit(stored: Stored): Promise<Edit>;
  slugOf(edit: Edit): string;
}

/** Any kind of publishable record, when only the lifecycle's own columns matter. */
// biome-ignore lint/suspicious/noExplicitAny: each kind's own snapshot and edit types are checked where the kind is named.
export type AnyPublishableType = PublishableType<PublishableSnapshot, any, any>;

/** The snapshot, edit and stored-revision types of a kind (of each kind, for a union of kinds). */
export type SnapshotOf<T> = T extends PublishableType<infer Snapshot, infer _Edit, infer _Stored> ? Snapshot : never;
export type EditOf<T> = T extends PublishableType<infer _Snapshot, infer Edit, infer _Stored> ? Edit : never;
export type StoredOf<T> = T extends PublishableType<infer _Snapshot, infer _Edit, infer Stored> ? Stored : never;
