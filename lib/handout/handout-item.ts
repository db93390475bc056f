import type { SourceRef } from "@/lib/data/sources/group-citations";

/**
 * One item of a handout: an entry of a filtered view, or (for a tour) a step, with the teacher's
 * narrative and question. The handout sheet draws any list of these.
 */
export interface HandoutItem {
  key: string;
  title: string;
  /** Language of the title and texts, when it differs from the page's. */
  lang?: string;
  /** The item's page on this site (a path), printed so a pupil can find it again. */
  path: string;
  dateLabel: string | null;
  placeName: string;
  summary: string;
  latitude: number | null;
  longitude: number | null;
  startTime: number | null;
  endTime: number | null;
  sources: SourceRef[];
  narrative?: string;
  question?: string;
}
