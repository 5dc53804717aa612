"""Charts as inline SVG drawn on the server: no script, no asset from the internet, readable without colour.

Labels are escaped here; the markup returned is safe to put in a template as it is.
"""

from __future__ import annotations

from typing import Any

from markupsafe import Markup, escape

BAR_H, GAP, LABEL_W, BAR_W, NUM_W = 22, 8, 150, 360, 110


def funnel_svg(rows: list[dict[str, Any]], *, title: str, reached_label: str, clicked_label: str) -> Markup:
    """Horizontal bars, one per funnel row, widths relative to the largest; the clicked part drawn inside."""
    top = max([int(r["reached"]) for r in rows] + [1])
    height = len(rows) * (BAR_H + GAP) + GAP
    width = LABEL_W + BAR_W + NUM_W
    parts = [f'<svg class="funnel" role="img" viewBox="0 0 {width} {height}" width="100%" '
             f'xmlns="http://www.w3.org/2000/svg" data-top="{top}"><title>{escape(title)}</title>']
    for i, row in enumerate(rows):
        y = GAP + i * (BAR_H + GAP)
        reached, clicked = int(row["reached"]), int(row.get("clicked") or 0)
        w = round(BAR_W * reached / top)
        cw = round(BAR_W * min(clicked, reached) / top)
        tip = f"{row['label']}: {reached_label} {reached}" + (f", {clicked_label} {clicked}" if clicked else "")
        parts.append(
            f'<g class="bar" data-step="{escape(row["label"])}" data-reached="{reached}" data-clicked="{clicked}">'
            f'<title>{escape(tip)}</title>'
            f'<text x="{LABEL_W - 6}" y="{y + BAR_H - 6}" text-anchor="end" class="label">{escape(row["label"])}</text>'
            f'<rect x="{LABEL_W}" y="{y}" width="{BAR_W}" height="{BAR_H}" class="track"/>'
            f'<rect x="{LABEL_W}" y="{y}" width="{w}" height="{BAR_H}" class="reached"/>'
            + (f'<rect x="{LABEL_W}" y="{y + 5}" width="{cw}" height="{BAR_H - 10}" class="clicked"/>' if cw else "")
            + f'<text x="{LABEL_W + BAR_W + 6}" y="{y + BAR_H - 6}" class="num">{reached}'
            + (f" · {clicked}↗" if clicked else "") + "</text></g>")
    parts.append("</svg>")
    return Markup("".join(parts))  # noqa: S704 - every interpolated value above is escaped or a number
