#!/usr/bin/env python3
"""Shows that two builds of scholia give the same outputs on the same saved threads: what a
restructuring must leave alone.

Each build gets a library of its own, imports the same files (the project's fixtures, and
../shared/fixtures when it is there), annotates the first comment of every thread the same
way, and then writes, per thread, `show --tree`, `render`, `export --format md` and
`export --format html`, plus `list` and a set of `search` queries. The files are compared
byte for byte; the ones that differ are named with the first differing line.

    usage: compare-outputs.py --before OLD_SCHOLIA --after NEW_SCHOLIA [--keep DIR]
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parents[1]
SHARED = PROJECT.parent / "shared" / "fixtures"
FORMATS = (".json", ".html", ".htm", ".mbox", ".txt", ".xml", ".gz")
QUERIES = ["the", "\"of the\"", "is:annotated", "is:incomplete", "tag:compare/first",
           "thread OR comment", "a*", "author:alice", "-- the -and"]


def fixture_files():
    files = []
    for root in (PROJECT / "tests" / "fixtures", SHARED):
        if not root.is_dir():
            continue
        for path in sorted(root.rglob("*")):
            # hostile/ holds inputs that must fail; libraries/ holds databases, not threads.
            if path.is_file() and path.suffix in FORMATS and "hostile" not in path.parts \
                    and "libraries" not in path.parts:
                files.append(path)
    return files


def run(binary, db, *args):
    env = dict(os.environ, SCHOLIA_DB=str(db), QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8",
               LANGUAGE="en", TZ="UTC")
    done = subprocess.run([str(binary), *args, "--db", str(db)], capture_output=True, env=env,
                          timeout=600)
    return done.returncode, done.stdout


def annotate_one_comment(binary, db, thread):
    """Tags and notes one comment of the thread (the smallest id search finds), so that the
    exports and the annotation filters have something to show."""
    code, found = run(binary, db, "search", "--json", "--limit", "200", f"thread:{thread}")
    if code != 0:
        return
    comments = sorted(hit["comment"] for hit in json.loads(found)["hits"]
                      if hit["kind"] == "comment" and hit["comment"])
    if comments:
        run(binary, db, "annotate", thread, "--comment", comments[0], "--tag", "compare/first",
            "--note", "Compared before and after.", "--color", "sky")


def outputs(binary, files, work):
    """Every output of one build, as {name: bytes}."""
    db = work / "library.sqlite"
    result = {}
    for path in files:
        code, _ = run(binary, db, "import", str(path))
        result[f"import {path.relative_to(path.parents[1])}"] = str(code).encode()
    code, listing = run(binary, db, "list")
    result["list"] = listing
    ids = [line.split("\t")[0] for line in listing.decode().splitlines() if line.strip()]
    for thread in ids:
        annotate_one_comment(binary, db, thread)
        code, shown = run(binary, db, "show", "--tree", thread)
        result[f"show {thread}"] = shown
    for thread in ids:
        for kind, extension in (("render", ".html"), ("md", ".md"), ("html", ".html")):
            target = work / f"{thread}-{kind}{extension}"
            if kind == "render":
                run(binary, db, "render", thread, "-o", str(target))
            else:
                run(binary, db, "export", thread, "--format", kind, "-o", str(target))
            result[f"{kind} {thread}"] = target.read_bytes() if target.exists() else b"(none)"
    for query in QUERIES:
        arguments = ["search", "--limit", "200"] + (["--", query[3:]] if query.startswith("-- ")
                                                    else [query])
        code, found = run(binary, db, *arguments)
        result[f"search {query}"] = found
    return result


def first_difference(a, b):
    for number, (x, y) in enumerate(zip(a.splitlines(), b.splitlines()), start=1):
        if x != y:
            return f"line {number}: {x[:100]!r} / {y[:100]!r}"
    return f"lengths {len(a)} / {len(b)}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", type=Path, required=True)
    parser.add_argument("--after", type=Path, required=True)
    parser.add_argument("--keep", type=Path, help="keep the outputs in this folder")
    arguments = parser.parse_args()
    files = fixture_files()
    work = Path(arguments.keep or tempfile.mkdtemp(prefix="scholia-compare-"))
    results = {}
    for name, binary in (("before", arguments.before), ("after", arguments.after)):
        folder = work / name
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        results[name] = outputs(binary.resolve(), files, folder)
    before, after = results["before"], results["after"]
    differing = [key for key in sorted(set(before) | set(after))
                 if before.get(key) != after.get(key)]
    for key in differing:
        print(f"differs: {key}: {first_difference(before.get(key, b''), after.get(key, b''))}")
    threads = sum(1 for key in before if key.startswith("show "))
    print(f"{len(files)} files imported, {threads} threads, {len(before)} outputs compared, "
          f"{len(differing)} differ")
    if not arguments.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
