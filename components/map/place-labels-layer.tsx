import { createElementObject, createLayerComponent, type LayerProps } from "@react-leaflet/core";
import { PlaceLabels } from "./place-labels";

export interface PlaceLabelsProps extends LayerProps {
  /** The page's language: Russian names on /ru where the data has them, else the Latin name. */
  locale: string;
}

/** Town, city and sea names over the basemap (place-labels.ts), relabelled in place when the language changes. */
const PlaceLabelsLayer = createLayerComponent<PlaceLabels, PlaceLabelsProps>(
  function createPlaceLabels({ locale }, context) {
    return createElementObject(new PlaceLabels(locale), context);
  },
  function updatePlaceLabels(labels, { locale }, prevProps) {
    if (locale !== prevProps.locale) labels.setLocale(locale);
  },
);

export default PlaceLabelsLayer;
