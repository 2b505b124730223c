#!/usr/bin/env python3
"""Writes expected.txt for tst_importedrows: the md5 of the comments table (as
comments-dump.sql dumps it) after a given binary imported each fixture into a new library.

    tests/library/importedrows/make-expected.py /tmp/scholia-ref/scholia > expected.txt

Run with the binary from before the streamed import (issue 17) to keep its rows as the
reference. Each line: the fixture's path (from the project root, or "shared/" + its path
under ../shared/fixtures), a tab, the md5, or "failed" when the import was refused. A line
naming several paths (joined by " + ") imports them one after the other into one library:
a re-import that merges with the stored copy."""
import hashlib, os, sqlite3, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "../../.."))
SHARED = os.path.normpath(os.path.join(ROOT, "../shared/fixtures"))
with open(os.path.join(HERE, "comments-dump.sql")) as f:
    DUMP = f.read()

def fixtures():
    found = []
    for base, prefix in ((os.path.join(ROOT, "tests/fixtures"), "tests/fixtures/"), (SHARED, "shared/")):
        for folder, _, files in sorted(os.walk(base)):
            for name in sorted(files):
                if name.endswith((".py", ".md", ".sqlite", ".db")) or "libraries" in folder:
                    continue
                found.append(prefix + os.path.relpath(os.path.join(folder, name), base))
    return sorted(found)

def real(path):
    return os.path.join(SHARED, path[len("shared/"):]) if path.startswith("shared/") else os.path.join(ROOT, path)

def digest(binary, paths):
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "library.sqlite")
        for p in paths:
            run = subprocess.run([binary, "import", "--db", db, real(p)], capture_output=True,
                                 env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
            if run.returncode != 0:
                return "failed"
        con = sqlite3.connect(db)
        rows = [r[0] for r in con.execute(DUMP)]
        con.close()
        return hashlib.md5("\n".join(rows).encode("utf-8")).hexdigest()

def main():
    binary = sys.argv[1]
    lines = [[p] for p in fixtures()]
    lines += [["tests/fixtures/reddit/resave-v1.json", "tests/fixtures/reddit/resave-v2.json"],
              ["tests/fixtures/reddit/small-thread.json", "tests/fixtures/reddit/small-thread-resaved.json"],
              ["tests/fixtures/reddit/annotated-thread.json", "tests/fixtures/reddit/annotated-thread-resaved.json"],
              ["tests/fixtures/hackernews/items-lines.jsonl", "tests/fixtures/hackernews/items-lines-resaved.jsonl"]]
    for paths in lines:
        if paths[0].startswith("shared/") and not os.path.isdir(SHARED):
            continue
        print(" + ".join(paths) + "\t" + digest(binary, paths))

main()
