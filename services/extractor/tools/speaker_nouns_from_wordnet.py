#!/usr/bin/env python3
"""Writes speaker-nouns.tsv: common nouns that can speak or state something in the news, from WordNet 3.0.

A noun whose first sense (WordNet orders senses by frequency) is a person (noun.person: "spokesman", "expert"), a
group or body (noun.group: "committee", "police") or a written, visual or recorded message (noun.communication under
"written communication", "message", "visual communication" or "record": "report", "statement", "video", "memo") can
be the source of a claim; "the chemicals", "the index" or "the debate" (speech, not a source) cannot. Single
lowercase words only: names are the entity recognizer's business.

Source: WordNet 3.0, Princeton University (Debian package wordnet-base 1:3.0-37), under the WordNet 3.0 licence
(permissive, BSD-like: https://wordnet.princeton.edu/license-and-commercial-use). Rebuild with
    apt-get download wordnet-base && dpkg-deb -x wordnet-base_*.deb /tmp/wn
    python3 speaker_nouns_from_wordnet.py /tmp/wn/usr/share/wordnet > \
        ../src/main/resources/mediamon/nlp/speaker-nouns.tsv
"""
import sys

CLASSES = {18: "PERSON", 14: "GROUP", 10: "COMMUNICATION"}
# A communication speaks for someone when it is a message or a record, not a conversation ("debate", "session").
SOURCE_COMMUNICATIONS = {"written_communication", "message", "visual_communication", "record", "publication"}
# Nouns WordNet files first as acts or events that the news quotes as sources all the same ("the campaign said",
# "a poll shows", "the ruling says").
EXTRA = {"campaign": "GROUP", "poll": "COMMUNICATION", "study": "COMMUNICATION", "research": "COMMUNICATION",
         "ruling": "COMMUNICATION", "verdict": "COMMUNICATION", "investigation": "COMMUNICATION",
         "inquiry": "COMMUNICATION", "analysis": "COMMUNICATION", "audit": "COMMUNICATION",
         "review": "COMMUNICATION", "findings": "COMMUNICATION", "source": "PERSON",
         # Bodies and channels whose first sense WordNet files elsewhere ("group" under abstractions, "panel" as a
         # board, "media" as the plural of "medium", "website" as a computer file): "several groups warned", "an
         # appeals panel ruled", "the local media reported", "the website says".
         "group": "GROUP", "panel": "GROUP", "media": "GROUP", "website": "COMMUNICATION",
         # ... and a video "clip", a presentation's "slide", "statistics" (first a branch of mathematics) and a
         # polling "average" (first a statistic): "the clip says", "a slide shows", "the polling average shows".
         "clip": "COMMUNICATION", "slide": "COMMUNICATION", "statistics": "COMMUNICATION",
         "average": "COMMUNICATION",
         # ... and works quoted as sources whose first sense WordNet files under a style ("article": nonfiction, prose)
         # or a show ("film", "movie", "documentary"): "the article read", "the film explains", "a documentary argues".
         "article": "COMMUNICATION", "film": "COMMUNICATION", "movie": "COMMUNICATION",
         "documentary": "COMMUNICATION"}


def main(wordnet_dir):
    lexfile, hypernym, first_word, written = {}, {}, {}, {}
    with open(f"{wordnet_dir}/data.noun", encoding="latin-1") as data:
        for line in data:
            if not line.startswith("  "):
                fields = line.split(" ")
                lexfile[fields[0]] = int(fields[1])
                words = int(fields[3], 16)
                first_word[fields[0]] = fields[4]
                written[fields[0]] = {fields[4 + 2 * k] for k in range(words)}
                at = 4 + 2 * words
                for k in range(int(fields[at])):
                    symbol, target = fields[at + 1 + 4 * k], fields[at + 2 + 4 * k]
                    if symbol in ("@", "@i") and fields[0] not in hypernym:
                        hypernym[fields[0]] = target

    def is_source_communication(offset):
        while offset:
            if first_word[offset] in SOURCE_COMMUNICATIONS:
                return True
            offset = hypernym.get(offset)
        return False

    rows = dict(EXTRA)
    with open(f"{wordnet_dir}/index.noun", encoding="latin-1") as index:
        for line in index:
            if line.startswith("  "):
                continue
            fields = line.split()
            lemma, pointers = fields[0], int(fields[3])
            rest = fields[4 + pointers:]
            offsets = rest[2:]
            if not lemma.isalpha() or not lemma.islower():
                continue
            if lemma not in written[offsets[0]]:
                continue  # the index is in lower case; the synset writes a name capitalised ("Aalto", "Lincoln")
            kind = CLASSES.get(lexfile[offsets[0]])
            if kind == "COMMUNICATION" and not is_source_communication(offsets[0]):
                kind = None
            if kind:
                rows.setdefault(lemma, kind)
    # Irregular plurals ("men", "people" is its own lemma): the tokens carry no lemma.
    with open(f"{wordnet_dir}/noun.exc", encoding="latin-1") as exceptions:
        for line in exceptions:
            plural, singular = line.split()[:2]
            if singular in rows and plural.isalpha():
                rows.setdefault(plural, rows[singular])
    print("# Common nouns that can be the source of a claim (a person, a group or body, a communication), from")
    print("# WordNet 3.0 (WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved; its licence and")
    print("# disclaimer are in speaker-nouns-NOTICE.txt beside this file). Generated by")
    print("# services/extractor/tools/speaker_nouns_from_wordnet.py; do not edit by hand.")
    print("# noun <TAB> PERSON | GROUP | COMMUNICATION")
    for lemma, kind in sorted(rows.items()):
        print(f"{lemma}\t{kind}")


if __name__ == "__main__":
    main(sys.argv[1])
