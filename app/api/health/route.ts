import { databaseIsUp } from "@/lib/db/check-database";
import { mediaStorageIsUp } from "@/lib/media/check-media-storage";

export const dynamic = "force-dynamic";

/** Longer than a healthy database ever takes to answer SELECT 1, shorter than a load balancer's probe timeout. */
const DATABASE_TIMEOUT_MS = 2_000;

const state = (up: boolean) => (up ? "up" : "down");

/**
 * For load balancers and monitors: 200 when the database answers and uploads can be stored, else 503,
 * saying which is down and nothing else (no versions, paths, counts or errors).
 */
export async function GET(): Promise<Response> {
  const [database, media] = await Promise.all([databaseIsUp(DATABASE_TIMEOUT_MS), mediaStorageIsUp()]);
  const up = database && media;
  return Response.json(
    { status: state(up), database: state(database), media: state(media) },
    { status: up ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
