"""Convert Natural Earth country outlines (TopoJSON from the npm package world-atlas, public
domain data, ISC-licensed packaging) into the SVGs the web map draws offline.

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-*.tgz
    python scripts/world_svg.py package/countries-110m.json src/claimledger/web/static/world-110m.svg
    python scripts/world_svg.py package/countries-50m.json src/claimledger/web/static/world-50m.svg 2

Projection: equirectangular, 2 px per degree (x = (lon + 180) * 2, y = (90 - lat) * 2), the
same one `claimledger.web.charts.project` uses for event markers. The optional last argument is
the decimals kept (1 for the 110m map the page draws inline; 2, about 500 m, for the 50m map the
events page loads when a map is zoomed in past the 110m outlines' detail). Run once; the output
is committed.
"""
from __future__ import annotations

import json
import sys
from xml.sax.saxutils import escape, quoteattr

SCALE = 2.0


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """Delta-decoded, de-quantised arcs as (lon, lat) lists."""
    (kx, ky), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * kx + tx, y * ky + ty))
        arcs.append(points)
    return arcs


def ring_points(ring: list[int], arcs) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for index in ring:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return points


def unwrap(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Longitudes made continuous: a jump of more than 180 degrees is the antimeridian."""
    out = [points[0]]
    for lon, lat in points[1:]:
        previous = out[-1][0]
        while lon - previous > 180:
            lon -= 360
        while previous - lon > 180:
            lon += 360
        out.append((lon, lat))
    return out


def path_of(polygons, arcs, decimals: int = 1) -> str:
    parts = []
    for polygon in polygons:
        for ring in polygon:
            pts = ring_points(ring, arcs)
            if len(pts) < 3:
                continue
            pts = unwrap(pts)
            lons = [lon for lon, _ in pts]
            # A ring unwrapped past the antimeridian is drawn again shifted by 360 degrees, so
            # both halves show (Chukotka, Fiji) and no band streaks across the map.
            shifts = [0.0] + ([-360.0] if max(lons) > 180 else []) + ([360.0] if min(lons) < -180 else [])
            for shift in shifts:
                coords = " ".join(f"{(lon + shift + 180) * SCALE:.{decimals}f},{(90 - lat) * SCALE:.{decimals}f}" for lon, lat in pts)
                parts.append(f"M{coords}Z")
    return "".join(parts)


def main(source: str, target: str, decimals: int = 1) -> None:
    topology = json.load(open(source, encoding="utf-8"))
    arcs = decode_arcs(topology)
    out = [
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 360" width="720" height="360">',
        f"<!-- Natural Earth admin-0 countries (public domain), via npm world-atlas 2.0.2 "
        f"({source.rsplit('/', 1)[-1]}); equirectangular, 2 px per degree; made by scripts/world_svg.py -->",
        '<rect width="720" height="360" fill="#eef4f8"/>',
        '<g fill="#d9d4c7" stroke="#8a8578" stroke-width="0.3">',
    ]
    for geometry in topology["objects"]["countries"]["geometries"]:
        kind = geometry.get("type")
        if kind == "Polygon":
            polygons = [geometry["arcs"]]
        elif kind == "MultiPolygon":
            polygons = geometry["arcs"]
        else:
            continue
        name = geometry.get("properties", {}).get("name", "")
        out.append(f"<path d={quoteattr(path_of(polygons, arcs, decimals))}><title>{escape(name)}</title></path>")
    out += ["</g>", "</svg>"]
    with open(target, "w", encoding="utf-8") as handle:
        handle.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 1)
