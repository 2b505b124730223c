#!/usr/bin/env python3
"""Fills scholia_en.ts: English needs a translation file only for plural forms
("%n comment(s)" -> "1 comment" / "2 comments"). Run by `make translations`."""
import re
import sys
import xml.etree.ElementTree as ET

IRREGULAR = {"replies": "reply"}
# Messages written whole in the plural (SaveGaps: "%n of %1 posts are not in this save.")
# get their singular by phrase.
SINGULAR_PHRASES = [
    (r"%n (comment|post|message|answer)s are not", r"%n \1 is not"),
    (r"\bare not in this save", "is not in this save"),
    (r"in %n places\b", "in %n place"),
    # Notes of the fetchers whose verb follows the count ("%n link(s) ... were not followed").
    (r"(%n \"more\" stub) were not\b", r"\1 was not"),
    (r"(%n \"More comments\" link pointed to another site and) were not\b", r"\1 was not"),
]


def forms(source):
    singular = source.replace("(es)", "").replace("(s)", "")
    plural = source.replace("(es)", "es").replace("(s)", "s")
    for many, one in IRREGULAR.items():
        singular = re.sub(r"\b%s\b" % many, one, singular)
    for pattern, replacement in SINGULAR_PHRASES:
        singular = re.sub(pattern, replacement, singular)
    return singular, plural


def main(path):
    tree = ET.parse(path)
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source")
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for text in forms(source):
            form = ET.SubElement(translation, "numerusform")
            form.text = text
    tree.write(path, encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "translations/scholia_en.ts")
