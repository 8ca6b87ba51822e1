// The world map under st.map's points: country outlines from Natural Earth (1:50m, public
// domain) via the world-atlas package, bundled with the page so nothing is fetched from the
// network. Loaded only when a map needs it.
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import countriesUrl from "world-atlas/countries-50m.json?url";

let features: Promise<unknown[]> | undefined;

/** GeoJSON features of the world's countries (fetched once from the app's own server). */
export function worldFeatures(): Promise<unknown[]> {
  features ??= fetch(countriesUrl, { credentials: "same-origin" })
    .then((response) => {
      if (!response.ok) throw new Error(`world map: HTTP ${response.status}`);
      return response.json() as Promise<Topology>;
    })
    .then((topology) => {
      const countries = topology.objects["countries"] as GeometryCollection;
      const collection = feature(topology, countries);
      return "features" in collection ? collection.features : [collection];
    });
  return features;
}
