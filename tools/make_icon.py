"""Make the app icon: resources/icons/cashier-app.svg, PNGs of each size and the Windows .ico.

The icon is a receipt with a green "paid" check on the City's navy (the colours of style.qss),
drawn on a 64-unit grid from the shapes below, so the SVG and the PNGs are one drawing. Small
sizes are drawn 8 times larger and scaled down (Pillow), which keeps the shapes sharp at 16x16.

    .venv/bin/python tools/make_icon.py      (the outputs are committed; run it after a change here)
"""
from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)
NAVY, WHITE, INK, GREEN = "#1d3f66", "#ffffff", "#1d3f66", "#1e7d45"

TILE = (2, 2, 62, 62, 12)  # x0, y0, x1, y1, corner radius
RECEIPT = [(15, 9), (43, 9), (43, 51), (39.5, 55), (36, 51), (32.5, 55), (29, 51), (25.5, 55), (22, 51),
           (18.5, 55), (15, 51)]
LINES = [(20, 15, 38, 19), (20, 24, 33, 28), (20, 33, 30, 37)]  # printed lines: x0, y0, x1, y1
SEAL = (45, 45, 13)  # the paid check's disc: centre x, y, radius
CHECK = [(38.5, 45.5), (43, 50), (51.5, 40.5)]
CHECK_WIDTH = 4.5


def svg() -> str:
    x0, y0, x1, y1, r = TILE
    points = " ".join(f"{x:g},{y:g}" for x, y in RECEIPT)
    lines = "\n".join(f'  <rect x="{a}" y="{b}" width="{c - a}" height="{d - b}" rx="1" fill="{INK}"/>'
                      for a, b, c, d in LINES)
    cx, cy, radius = SEAL
    check = " ".join(f"{x:g},{y:g}" for x, y in CHECK)
    return f"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="256" height="256">
  <title>City Hall cashier</title>
  <rect x="{x0}" y="{y0}" width="{x1 - x0}" height="{y1 - y0}" rx="{r}" fill="{NAVY}"/>
  <polygon points="{points}" fill="{WHITE}"/>
{lines}
  <circle cx="{cx}" cy="{cy}" r="{radius}" fill="{GREEN}" stroke="{NAVY}" stroke-width="2.5"/>
  <polyline points="{check}" fill="none" stroke="{WHITE}" stroke-width="{CHECK_WIDTH}" stroke-linecap="round"
            stroke-linejoin="round"/>
</svg>
"""


def png(size: int) -> Image.Image:
    scale = size * 8 / 64
    big = Image.new("RGBA", (size * 8, size * 8), (0, 0, 0, 0))
    draw = ImageDraw.Draw(big)

    def at(x: float, y: float) -> tuple[float, float]:
        return x * scale, y * scale

    x0, y0, x1, y1, r = TILE
    draw.rounded_rectangle((*at(x0, y0), *at(x1, y1)), radius=r * scale, fill=NAVY)
    draw.polygon([at(x, y) for x, y in RECEIPT], fill=WHITE)
    for a, b, c, d in LINES:
        draw.rounded_rectangle((*at(a, b), *at(c, d)), radius=scale, fill=INK)
    cx, cy, radius = SEAL
    ring = 1.25
    draw.ellipse((*at(cx - radius - ring, cy - radius - ring), *at(cx + radius + ring, cy + radius + ring)), fill=NAVY)
    draw.ellipse((*at(cx - radius, cy - radius), *at(cx + radius, cy + radius)), fill=GREEN)
    width = round(CHECK_WIDTH * scale)
    draw.line([at(x, y) for x, y in CHECK], fill=WHITE, width=width, joint="curve")
    for x, y in (CHECK[0], CHECK[-1]):  # round ends
        cx_, cy_ = at(x, y)
        draw.ellipse((cx_ - width / 2, cy_ - width / 2, cx_ + width / 2, cy_ + width / 2), fill=WHITE)
    return big.resize((size, size), Image.Resampling.LANCZOS)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "cashier-app.svg").write_text(svg(), encoding="utf-8")
    images = {size: png(size) for size in SIZES}
    for size, image in images.items():
        image.save(OUT / f"cashier-app-{size}.png", optimize=True)
    images[256].save(OUT / "cashier-app.ico", sizes=[(s, s) for s in SIZES], append_images=list(images.values()))
    print(f"written: {OUT}")


if __name__ == "__main__":
    main()
