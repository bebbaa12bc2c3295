"""Draw Leg Check's store icons: a white leg in profile and a green tick, on blue.

    python scripts/draw_icons.py [--out interaction_model/assets/images]

Writes `small_icon.png` (108x108) and `large_icon.png` (512x512), the sizes the Alexa skill store
asks for. Shapes are signed distance fields, so both sizes come from the same drawing with smooth
edges; the PNG is written with the standard library alone (zlib), so no imaging package is needed.
The outputs are committed; run this only after changing the drawing.
"""

from __future__ import annotations

import argparse
import math
import struct
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ASSETS = REPO / "interaction_model" / "assets" / "images"
SIZES = {"small_icon.png": 108, "large_icon.png": 512}

Colour = tuple[int, int, int]
# A shape's signed distance (negative inside) at a point, in units of the 512 canvas.
Distance = Callable[[float, float], float]

BLUE: Colour = (16, 74, 140)
WHITE: Colour = (255, 255, 255)
GREEN: Colour = (34, 150, 72)
YELLOW: Colour = (255, 205, 60)


def segment(ax: float, ay: float, bx: float, by: float, radius: float) -> Distance:
    """A capsule: a line from a to b with round ends, `radius` thick on each side."""
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy

    def distance(x: float, y: float) -> float:
        t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / length2))
        return math.hypot(x - ax - t * dx, y - ay - t * dy) - radius

    return distance


def circle(cx: float, cy: float, radius: float) -> Distance:
    def distance(x: float, y: float) -> float:
        return math.hypot(x - cx, y - cy) - radius

    return distance


def union(*shapes: Distance) -> Distance:
    def distance(x: float, y: float) -> float:
        return min(shape(x, y) for shape in shapes)

    return distance


# The drawing, on a 512 x 512 canvas, painted in order.
LEG = union(
    segment(168, -20, 200, 236, 54),  # thigh, from above the canvas
    segment(200, 236, 182, 388, 44),  # shin
    circle(180, 410, 40),  # heel and ankle
    segment(180, 424, 336, 432, 30),  # foot, toes to the right
)
TINGLE = union(
    segment(62, 250, 100, 262, 11),
    segment(54, 312, 96, 312, 11),
    segment(62, 374, 100, 362, 11),
)
BADGE_RING = circle(378, 150, 110)
BADGE = circle(378, 150, 94)
TICK = union(segment(326, 154, 362, 192, 19), segment(362, 192, 430, 112, 19))
LAYERS: Sequence[tuple[Distance, Colour]] = (
    (LEG, WHITE),
    (TINGLE, YELLOW),
    (BADGE_RING, BLUE),
    (BADGE, GREEN),
    (TICK, WHITE),
)


def render(size: int, layers: Sequence[tuple[Distance, Colour]] = LAYERS) -> list[bytes]:
    """RGB rows of the drawing at `size` x `size`, edges smoothed over one pixel."""
    scale = 512 / size
    rows = []
    for py in range(size):
        row = bytearray()
        y = (py + 0.5) * scale
        for px in range(size):
            x = (px + 0.5) * scale
            r, g, b = BLUE
            for shape, (cr, cg, cb) in layers:
                cover = 0.5 - shape(x, y) / scale
                if cover <= 0:
                    continue
                a = min(cover, 1.0)
                r, g, b = r + (cr - r) * a, g + (cg - g) * a, b + (cb - b) * a
            row += bytes((round(r), round(g), round(b)))
        rows.append(bytes(row))
    return rows


def png(rows: Sequence[bytes], width: int) -> bytes:
    """An 8-bit RGB PNG of the given rows."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, len(rows), 8, 2, 0, 0, 0)
    raw = b"".join(b"\x00" + row for row in rows)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ASSETS)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, size in SIZES.items():
        path = args.out / name
        path.write_bytes(png(render(size), size))
        print(f"wrote {path} ({size}x{size})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
