import { kmlGen } from "@tmcw/togeojson";
import { DOMImplementation, type Element } from "@xmldom/xmldom";
import type { Feature, Geometry } from "geojson";
import { SaxesParser, type SaxesTagNS } from "saxes";
import { AppError } from "@/lib/errors/app-error";
import { OPEN_DATA_COLUMNS } from "@/lib/open-data/open-data-columns";
import { MAX_KML_DEPTH, MAX_KML_FEATURE_CHARS, MAX_KML_FEATURE_ELEMENTS } from "./import-limits";
import { EXTERNAL_ID_COLUMN } from "./parse-csv-rows";

const KML_NAMESPACE = "http://www.opengis.net/kml/2.2";
/** Every namespace KML has been published under: an element in one of them is read by its local name, whatever its prefix. */
const KML_NAMESPACES = new Set([
  KML_NAMESPACE,
  "http://www.opengis.net/kml/2.3",
  "http://earth.google.com/kml/2.0",
  "http://earth.google.com/kml/2.1",
  "http://earth.google.com/kml/2.2",
]);
/** Google's extensions, which togeojson knows by the prefix `gx:` (gx:Track, gx:coord). */
const GX_NAMESPACE = "http://www.google.com/kml/ext/2.2";
/** The elements togeojson makes features of. */
const FEATURE_ELEMENTS = new Set(["Placemark", "GroundOverlay", "NetworkLink"]);
/** The SimpleData names whose declared types matter: those the rows are made from (entryFromProperties). */
const READ_NAMES = new Set([...OPEN_DATA_COLUMNS.map((column) => column.name), EXTERNAL_ID_COLUMN, "name", "description"]);

export function kmlRefusal(reason: string): AppError {
  return new AppError("INVALID_INPUT", `The file cannot be read as KML: ${reason} Nothing was imported.`, {
    issues: [{ path: "file", issue: reason }],
  });
}

/** A feature of the file, or one too large to be an entry, left unread (its place in the file is still counted). */
export type KmlFeature = { feature: Feature<Geometry | null> } | { tooLarge: true };

/** A feature element being read: its tree so far, or null once it has grown past the bounds. */
interface OpenFeature {
  depth: number;
  open: Element[] | null;
  chars: number;
  elements: number;
}

/**
 * A KML document's features (Placemarks, GroundOverlays, NetworkLinks, as togeojson reads them) in
 * document order, read as the text arrives: a streaming parser checks the whole file is well-formed
 * XML, and only each feature element's own subtree is built, so the memory needed does not grow with
 * the file. Elements of a KML namespace are read by their local name whatever their prefix, and Google's
 * extensions as `gx:`. A Schema's SimpleField types apply to the placemarks after it. Throws the
 * AppError that refuses the whole file where it finds XML that is not well-formed, a root that is
 * not <kml>, an entity it does not know (no DOCTYPE is read, so nothing is expanded), or nesting
 * deeper than MAX_KML_DEPTH; a feature larger than MAX_KML_FEATURE_CHARS or MAX_KML_FEATURE_ELEMENTS
 * is not built (its text is not even kept) and comes as `tooLarge`.
 */
export async function* readKmlFeatures(text: AsyncIterable<string>): AsyncGenerator<KmlFeature> {
  const document = new DOMImplementation().createDocument(KML_NAMESPACE, "kml");
  // togeojson reads the SimpleField types from anywhere under the node it is given: the one feature
  // at a time sits beside the fields declared so far.
  const container = document.createElementNS(KML_NAMESPACE, "Document");
  const schema = document.createElementNS(KML_NAMESPACE, "Schema");
  container.appendChild(schema);
  const declared = new Map<string, Element>();
  const parser = new SaxesParser({ xmlns: true });
  const ready: KmlFeature[] = [];
  let rootNamespace: string | null = null;
  let depth = 0;
  let current: OpenFeature | null = null;

  const isKml = (tag: SaxesTagNS) => tag.uri === "" || tag.uri === rootNamespace || KML_NAMESPACES.has(tag.uri);
  const onText = (value: string) => {
    if (!current?.open) return;
    current.chars += value.length;
    if (current.chars > MAX_KML_FEATURE_CHARS) return stopBuilding();
    current.open.at(-1)!.appendChild(document.createTextNode(value));
  };
  const stopBuilding = () => {
    current!.open = null;
    // Text is no longer handed over, so the parser stops gathering it.
    parser.off("text");
  };
  const elementOf = (tag: SaxesTagNS): Element => {
    const element =
      tag.uri === GX_NAMESPACE
        ? document.createElementNS(GX_NAMESPACE, `gx:${tag.local}`)
        : isKml(tag)
          ? document.createElementNS(KML_NAMESPACE, tag.local)
          : document.createElementNS(tag.uri || null, tag.name);
    for (const attribute of Object.values(tag.attributes)) {
      if (attribute.name === "xmlns" || attribute.prefix === "xmlns") continue;
      current!.chars += attribute.value.length;
      element.setAttributeNS(attribute.uri || null, attribute.name, attribute.value);
    }
    return element;
  };
  const declare = (tag: SaxesTagNS) => {
    const name = tag.attributes.name?.value ?? "";
    if (!READ_NAMES.has(name)) return;
    let field = declared.get(name);
    if (!field) {
      field = document.createElementNS(KML_NAMESPACE, "SimpleField");
      field.setAttribute("name", name);
      schema.appendChild(field);
      declared.set(name, field);
    }
    field.setAttribute("type", tag.attributes.type?.value ?? "");
  };
  const finish = (feature: OpenFeature) => {
    const root = feature.open?.[0];
    if (!root) return void ready.push({ tooLarge: true });
    container.appendChild(root);
    for (const read of kmlGen(container as unknown as Parameters<typeof kmlGen>[0])) ready.push({ feature: read });
    container.removeChild(root);
  };

  parser.on("error", (error) => {
    throw kmlRefusal(error.message.endsWith(".") ? error.message : `${error.message}.`);
  });
  // saxes looks a prefix up through every open element, which makes deep nesting cost the square
  // of its depth; each element given the mappings already in scope finds it in its own.
  const scopes: Record<string, string>[] = [];
  parser.on("opentagstart", (tag) => {
    const parent = scopes.at(-1);
    if (parent) Object.assign(tag.ns, parent);
  });
  parser.on("opentag", (tag) => {
    scopes.push(tag.ns);
    depth++;
    if (depth > MAX_KML_DEPTH) throw kmlRefusal(`it is nested deeper than ${MAX_KML_DEPTH} elements.`);
    if (rootNamespace === null) {
      if (tag.local !== "kml") throw kmlRefusal("its root element must be <kml>.");
      rootNamespace = tag.uri;
    } else if (current) {
      if (!current.open) return;
      if (++current.elements > MAX_KML_FEATURE_ELEMENTS) return stopBuilding();
      const element = elementOf(tag);
      if (current.chars > MAX_KML_FEATURE_CHARS) return stopBuilding();
      current.open.at(-1)!.appendChild(element);
      current.open.push(element);
    } else if (FEATURE_ELEMENTS.has(tag.local) && (tag.prefix === "" || isKml(tag))) {
      current = { depth, open: [], chars: 0, elements: 1 };
      current.open!.push(elementOf(tag));
      parser.on("text", onText);
    } else if (tag.local === "SimpleField" && isKml(tag)) {
      declare(tag);
    }
  });
  parser.on("closetag", () => {
    scopes.pop();
    if (current && depth === current.depth) {
      finish(current);
      current = null;
      parser.off("text");
    } else if (current?.open) {
      current.open.pop();
    }
    depth--;
  });
  parser.on("cdata", onText);

  for await (const chunk of text) {
    parser.write(chunk);
    yield* ready.splice(0);
  }
  parser.close();
  yield* ready.splice(0);
}
