import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { StaffUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { processImage } from "@/lib/media/process-image";
import { type MediaFieldsInput, mediaFieldsSchema } from "@/lib/validation/media";
import { assertMayChangeImagesOf } from "./owner-status";

export interface CreateMediaInput {
  /** The uploaded file's bytes; its name and declared type are deliberately not taken. */
  bytes: Buffer;
  fields: MediaFieldsInput;
  actor: StaffUser;
}

export interface CreatedMedia {
  id: string;
  /** Under the uploads folder, with "/" separators: "2025/06/3f2a….jpg" (served at /media/<filePath>). */
  filePath: string;
  thumbPath: string;
}

/**
 * Stores an uploaded image for an entry or an article: validates the form fields (ZodError),
 * checks and cleans the image (MediaError), writes the image and its thumbnail under
 * UPLOADS_DIR/<yyyy>/<mm>/ with a random name, then creates the Media row and its captions in one
 * transaction, with its audit line. Nothing is written when the fields or the image are refused;
 * the files are deleted again when the transaction does not commit (AppError NOT_FOUND when the entry
 * or article does not exist, CONFLICT when an editor adds to published work). Files left by a crash
 * between writing them and the commit are swept at the next start (lib/media/sweep-orphan-uploads.ts).
 * The new image goes last in its owner's gallery.
 */
export async function createMedia({ bytes, fields, actor }: CreateMediaInput): Promise<CreatedMedia> {
  if (!can(actor.role, "entries.edit")) throw new AppError("FORBIDDEN");
  const input = mediaFieldsSchema.parse(fields);
  const image = await processImage(bytes);

  const root = path.resolve(/* turbopackIgnore: true */ process.cwd(), env.UPLOADS_DIR);
  const now = new Date();
  const folder = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, "0")}`;
  const name = randomBytes(16).toString("hex");
  const filePath = `${folder}/${name}.${image.extension}`;
  const thumbPath = `${folder}/${name}-thumb.webp`;
  const written: string[] = [];

  try {
    await fs.mkdir(path.join(root, folder), { recursive: true });
    for (const [relative, data] of [
      [filePath, image.original],
      [thumbPath, image.thumbnail],
    ] as const) {
      const absolute = path.join(root, relative);
      try {
        // "wx": never overwrite an existing file.
        await fs.writeFile(absolute, data, { flag: "wx" });
      } catch (error) {
        // A partly written file is ours to delete; an existing one (EEXIST) is not.
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") written.push(absolute);
        throw error;
      }
      written.push(absolute);
    }

    const id = await db.$transaction(async (tx) => {
      const owner = input.entryId !== null ? { entryId: input.entryId } : { articleId: input.articleId };
      const ownerRow =
        input.entryId !== null
          ? await tx.entry.findUnique({ where: { id: input.entryId }, select: { slug: true, status: true } })
          : await tx.article.findUnique({ where: { id: input.articleId! }, select: { slug: true, status: true } });
      if (!ownerRow) throw new AppError("NOT_FOUND", input.entryId !== null ? "No such entry" : "No such article");
      assertMayChangeImagesOf(actor.role, ownerRow);

      const last = await tx.media.aggregate({ where: owner, _max: { position: true } });
      const created = await tx.media.create({
        data: {
          ...owner,
          filePath,
          thumbPath,
          mimeType: image.mimeType,
          width: image.width,
          height: image.height,
          byteSize: image.byteSize,
          credit: input.credit,
          licence: input.licence,
          sourceUrl: input.sourceUrl,
          position: (last._max.position ?? -1) + 1,
          translations: {
            create: Object.entries(input.translations).map(([locale, text]) => ({ locale, ...text })),
          },
        },
        select: { id: true },
      });
      await recordAuditEvent(
        {
          actor,
          action: "media.upload",
          targetType: "media",
          targetId: created.id,
          detail: { [input.entryId !== null ? "entrySlug" : "articleSlug"]: ownerRow.slug, filePath },
        },
        tx,
      );
      return created.id;
    });
    return { id, filePath, thumbPath };
  } catch (error) {
    await Promise.all(written.map((file) => fs.rm(file, { force: true }).catch(() => undefined)));
    throw error;
  }
}
