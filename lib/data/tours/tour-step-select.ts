/** A tour's steps in order with their own fields and texts: what the tour page and a revision snapshot both read. */
export const tourStepFieldsSelect = {
  kind: true,
  latitude: true,
  longitude: true,
  zoom: true,
  windowFrom: true,
  windowTo: true,
  translations: { select: { locale: true, title: true, narrative: true, question: true } },
} as const;
