export const SITE_NAME = "Memorial Map & Timeline";
export const SITE_DESCRIPTION =
  "Historical events and memorials on a map and a timeline, with their sources, the articles written about them and comparable monuments.";
