/** What the share dialog shares: a page of this site and, where there is one, its embed page (paths with their query). */
export interface ShareTarget {
  path: string;
  embedPath: string | null;
}
