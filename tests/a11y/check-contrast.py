#!/usr/bin/env python3
"""WCAG 2.1 AA contrast of Scholia's colours, in the light and the dark theme.

Reads the colours where they are defined, so a change there is checked here:
  - src/app/settings/themeswitcher.cpp: the dark Qt palette (QColor(0x.., 0x.., 0x..) lines) and the
    light one's overrides of Fusion's standard palette (listed below as Fusion defines it);
  - resources/web/thread.css: the :root (light) and html.dark variables, the search-hit
    marks and the translucent highlight colours (.hl-NAME, the Okabe-Ito palette of
    src/core/highlightpalette.cpp), composited over the page and the focused comment;
    caret mode's caret and selection.
Text needs 4.5:1, UI parts (thread lines, focus outline) 3:1.
Exit status 1 when a pair fails; every pair is printed.
"""

import argparse
import re
import sys
from pathlib import Path

# Fusion's standard palette (qfusionstyle.cpp, Qt 6.4), for the colours themeswitcher.cpp
# leaves to it in the light theme.
FUSION_LIGHT = {
    "Window": "#efefef", "WindowText": "#000000", "Base": "#ffffff", "Text": "#000000",
    "Button": "#efefef", "ButtonText": "#000000", "Highlight": "#308cc6",
    "HighlightedText": "#ffffff", "Link": "#0000ff", "ToolTipBase": "#ffffdc",
    "ToolTipText": "#000000", "PlaceholderText": "#000000",  # 50 % alpha, resolved below
}


def parse_hex(text):
    text = text.strip().lstrip("#")
    if len(text) == 3:
        text = "".join(c * 2 for c in text)
    return tuple(int(text[i:i + 2], 16) / 255 for i in (0, 2, 4))


def luminance(rgb):
    def channel(c):
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a, b):
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def over(rgba, background):
    *rgb, alpha = rgba
    return tuple(alpha * c + (1 - alpha) * bg for c, bg in zip(rgb, background))


def css_blocks(css):
    """Variables of :root and of html.dark."""
    def variables(selector):
        block = re.search(re.escape(selector) + r"\s*\{(.*?)\}", css, re.S).group(1)
        return {name: value.strip() for name, value in re.findall(r"--([\w-]+)\s*:\s*([^;]+);", block)}
    light = variables(":root")
    dark = dict(light)
    dark.update(variables("html.dark"))
    return light, dark


def css_highlights(css, theme):
    """The .hl-NAME washes; for the dark theme, html.dark .hl-NAME overrides them."""
    found = {}
    pattern = r"(html\.dark\s+)?\.hl-([\w-]+)\s*\{\s*background:\s*rgba\((\d+),\s*(\d+),\s*(\d+),\s*([\d.]+)\)"
    for dark, name, r, g, b, a in re.findall(pattern, css):
        if dark and theme != "dark":
            continue
        if not dark and name in found:
            continue
        found[name] = (int(r) / 255, int(g) / 255, int(b) / 255, float(a))
    return found


def qt_palettes(source):
    text = (source / "src/app/settings/themeswitcher.cpp").read_text()
    dark_body = re.search(r"QPalette ThemeSwitcher::darkPalette\(\)\s*\{(.*?)\n\}", text, re.S).group(1)
    named = {name: "#%02x%02x%02x" % (int(r, 16), int(g, 16), int(b, 16))
             for name, r, g, b in re.findall(r"(\w+)\(0x([0-9a-fA-F]+),\s*0x([0-9a-fA-F]+),\s*0x([0-9a-fA-F]+)\)", dark_body)}
    dark = {}
    for role, value in re.findall(r"p\.setColor\(QPalette::(\w+),\s*([^;]+)\);", dark_body):
        value = value.strip()
        if value in named:
            dark[role] = named[value]
        elif value == "Qt::white":
            dark[role] = "#ffffff"
        elif value == "Qt::black":
            dark[role] = "#000000"
        elif m := re.match(r"QColor\(0x(\w+),\s*0x(\w+),\s*0x(\w+)\)", value):
            dark[role] = "#%02x%02x%02x" % tuple(int(x, 16) for x in m.groups())
    light = dict(FUSION_LIGHT)
    light_body = re.search(r"QPalette ThemeSwitcher::lightPalette\(\)\s*\{(.*?)\n\}", text, re.S).group(1)
    for role, r, g, b in re.findall(r"setColor\((?:\w+,\s*)?QPalette::(\w+),\s*QColor\(0x(\w+),\s*0x(\w+),\s*0x(\w+)\)\)", light_body):
        light[role] = "#%02x%02x%02x" % (int(r, 16), int(g, 16), int(b, 16))
    if "PlaceholderText" not in re.findall(r"QPalette::(\w+)", light_body):
        # Fusion's placeholder is the text colour at half opacity.
        light["PlaceholderText"] = "#%02x%02x%02x" % tuple(
            round(255 * c) for c in over((*parse_hex(light["Text"]), 0.5), parse_hex(light["Base"])))
    return light, dark


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=Path(__file__).resolve().parents[2])
    args = parser.parse_args()
    css = (args.source / "resources/web/thread.css").read_text()
    css_light, css_dark = css_blocks(css)
    qt_light, qt_dark = qt_palettes(args.source)
    search_hit = {"light": "#ffd54f", "dark": "#8a6d00"}
    dark_hit = re.search(r"html\.dark mark\.search-hit\s*\{\s*background:\s*(#[0-9a-fA-F]+)", css)
    if dark_hit:
        search_hit["dark"] = dark_hit.group(1)
    light_hit = re.search(r"var\(--search-hit,\s*(#[0-9a-fA-F]+)\)", css)
    if light_hit:
        search_hit["light"] = light_hit.group(1)

    # Caret mode (caret.js): the drawn caret and the selection it extends.
    caret_colours = {}
    for theme, prefix in (("light", r"(?<!html\.dark )"), ("dark", r"html\.dark ")):
        caret = re.search(prefix + r"\.caret-mark\s*\{[^}]*?background:\s*(#[0-9a-fA-F]+)", css)
        selection = re.search(prefix + r"\.body\.caret-mode ::selection\s*\{[^}]*?background:\s*(#[0-9a-fA-F]+)", css)
        caret_colours[theme] = (caret.group(1), selection.group(1))

    checks = []  # (theme, what, foreground, background, minimum)
    for theme, v, qt in (("light", css_light, qt_light), ("dark", css_dark, qt_dark)):
        bg = parse_hex(v["bg"])
        text = [("fg", "text"), ("muted", "muted text (times, scores)"), ("link", "links, OP name")]
        for surface, surface_name in (("bg", "page"), ("focus", "focused comment"), ("quote", "quote/code")):
            for var, name in text:
                checks.append((theme, f"thread: {name} on {surface_name}", parse_hex(v[var]), parse_hex(v[surface]), 4.5))
        checks.append((theme, "thread: badge text", parse_hex(v["badge-fg"]), parse_hex(v["badge-bg"]), 4.5))
        checks.append((theme, "thread: toast", parse_hex(v["bg"]), parse_hex(v["fg"]), 4.5))
        checks.append((theme, "thread: search hit", parse_hex(v["fg"]), parse_hex(search_hit[theme]), 4.5))
        for i in range(8):
            checks.append((theme, f"thread: depth line {i}", parse_hex(v[f"line-{i}"]), bg, 3.0))
        checks.append((theme, "thread: focus outline", parse_hex(v["link"]), parse_hex(v["focus"]), 3.0))
        caret, selection = (parse_hex(c) for c in caret_colours[theme])
        checks.append((theme, "caret mode: caret on focused comment", caret, parse_hex(v["focus"]), 3.0))
        checks.append((theme, "caret mode: caret on its selection", caret, selection, 3.0))
        checks.append((theme, "caret mode: selected text", parse_hex(v["fg"]), selection, 4.5))
        for name, rgba in sorted(css_highlights(css, theme).items()):
            for surface, surface_name in (("bg", "page"), ("focus", "focused comment")):
                checks.append((theme, f"highlight {name}: text on {surface_name}", parse_hex(v["fg"]),
                               over(rgba, parse_hex(v[surface])), 4.5))
        for role_fg, role_bg, minimum in (("Text", "Base", 4.5), ("WindowText", "Window", 4.5),
                                          ("ButtonText", "Button", 4.5), ("HighlightedText", "Highlight", 4.5),
                                          ("Link", "Base", 4.5), ("PlaceholderText", "Base", 4.5),
                                          ("ToolTipText", "ToolTipBase", 4.5)):
            checks.append((theme, f"Qt palette: {role_fg} on {role_bg}", parse_hex(qt[role_fg]),
                           parse_hex(qt[role_bg]), minimum))

    failed = 0
    for theme, what, fg, bg, minimum in checks:
        ratio = contrast(fg, bg)
        ok = ratio >= minimum
        failed += not ok
        print(f"{'ok  ' if ok else 'FAIL'} {theme:5} {ratio:5.2f} (≥ {minimum}) {what}")
    print(f"{len(checks) - failed} of {len(checks)} pairs meet WCAG AA")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
