#!/usr/bin/env python3
"""Fails when a file under src/ includes what its module may not use (docs/ARCHITECTURE.md's
table: a library's includes follow its links). Prints each offence as FILE:LINE.

Each rule names the files it covers (globs under the source root), those it spares, and the
includes it forbids there (a regular expression on the path between the quotes or angle
brackets). Add a rule to RULES to hold another line.

    usage: check-includes.py [--source DIR]   (default: the checkout holding this script)
"""

import argparse
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Rule:
    files: list  # globs, relative to the source root
    forbidden: str  # regular expression, matched at the start of the included path
    why: str
    spared: list = field(default_factory=list)  # globs of files the rule leaves alone


RULES = [
    Rule(files=["src/import/**/*"], forbidden=r"render/",
         why="import does not link render: the sanitizer, gumbo helpers and Markdown are in html"),
    Rule(files=["src/html/**/*"], forbidden=r"(import|render|store|library|export|fetch|cli|app)/",
         why="html sits below import and render and uses core only"),
    Rule(files=["src/core/**/*"], forbidden=r"(html|import|render|store|library|export|fetch|cli|app)/",
         why="core is the bottom layer"),
    Rule(files=["src/**/*"], spared=["src/store/**/*"], forbidden=r"store/sqlite",
         why="only store sees the SQLite connection: the others ask the Library for a store"),
    Rule(files=["src/**/*"], spared=["src/cli/**/*", "src/scholia/**/*"], forbidden=r"cli/",
         why="the command line is a front end: what the window shares with it lives in library"),
    Rule(files=["src/library/**/*"], forbidden=r"(cli|app|export|fetch)/",
         why="library serves cli and app and sits below both"),
    Rule(files=[f"src/{module}/**/*" for module in ("core", "html", "import", "store", "render", "library")],
         forbidden=r"(QtWidgets|QtWebEngine|QWebEngine|QWidget|QDialog|QMainWindow|QApplication\b)",
         why="no widgets and no WebEngine below export and app"),
]

INCLUDE = re.compile(r'^\s*#\s*include\s*[<"]([^>"]+)[>"]')
SOURCES = (".h", ".hpp", ".cpp", ".cc")


def files_of(root, rule):
    spared = {p for glob in rule.spared for p in root.glob(glob)}
    for glob in rule.files:
        for path in sorted(root.glob(glob)):
            if path.is_file() and path.suffix in SOURCES and path not in spared:
                yield path


def offences(root, rule):
    forbidden = re.compile(rule.forbidden)
    for path in files_of(root, rule):
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        for number, line in enumerate(lines, start=1):
            match = INCLUDE.match(line)
            if match and forbidden.match(match.group(1)):
                yield f"{path.relative_to(root)}:{number}: includes {match.group(1)}: {rule.why}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=Path(__file__).resolve().parents[2])
    root = parser.parse_args().source.resolve()
    if not (root / "src").is_dir():
        print(f"no src/ folder in {root}", file=sys.stderr)
        return 2
    found = [offence for rule in RULES for offence in offences(root, rule)]
    for offence in found:
        print(offence)
    print(f"{len(found)} include(s) across a module boundary" if found
          else f"layering holds ({len(RULES)} rules)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
