#!/usr/bin/env python3
"""Writes reporting-verbs.tsv: verbs of saying and believing, with their inflected forms, from WordNet 3.0.

News attributes a claim with nearly any verb of communication or stance ("X lamented that ...", "X condemned the
launch", "X expressed concern"); cues.tsv lists the frequent ones by hand. This file adds, in general, the verbs
whose first THREE senses (all of them, if fewer; WordNet orders senses by frequency) are filed under
verb.communication (a statement) or, with --cognition, verb.cognition (a belief), whose first sense WordNet lists
with a frame that has content for an object (CONTENT_FRAMES), and that are not verbs of recording (RECORDING). A
verb that is first of all something else has another sense among its first three and is left out: "face", "file",
"refuse", "issue", "sign" (first sense communication, second an act), "highlight". Single lowercase words and
two-word verbs ("point out", "speak out", "lash out": the verb inflected, the particle kept); the forms are the
third person (-s), the past and past participle (-ed or the irregular forms of verb.exc) and the participle (-ing),
less the -s forms that are also plural nouns ("remarks") and the -ing forms that are adjectives
("willing"); the base form is left out (after "to", a modal or "did" it is rarely a claim of its own).

Measured on polnear-dev (docs/claims-rounds.md, round r11): the defaults are the variant that gained right speakers
while neither half lost speaker precision; first sense only, any frame, only frame 26 and --cognition did worse.
Every option is kept so that the variants can be measured again.

Source: WordNet 3.0, Princeton University (Debian package wordnet-base 1:3.0-37), under the WordNet 3.0 licence
(permissive, BSD-like: https://wordnet.princeton.edu/license-and-commercial-use; reporting-verbs-NOTICE.txt).
Rebuild with
    apt-get download wordnet-base && dpkg-deb -x wordnet-base_*.deb /tmp/wn
    python3 reporting_verbs_from_wordnet.py /tmp/wn/usr/share/wordnet > \
        ../src/main/resources/mediamon/nlp/reporting-verbs.tsv
"""
import argparse

COMMUNICATION, COGNITION = 32, 31
# The frames whose object or complement can be what was said: 8 "Somebody ----s something", 11 "Something ----s
# something", 14 "Somebody ----s somebody something", 15 "Somebody ----s something to somebody", 22 "Somebody ----s
# PP", 26 "Somebody ----s that CLAUSE", 28 "Somebody ----s to INFINITIVE". Not a verb with only a person for object
# (9 "Somebody ----s somebody": "interview", "summon") or none (2 "Somebody ----s": "roar").
CONTENT_FRAMES = "8,11,14,15,22,26,28"
# Verbs of recording and registering (hyponyms of "record, enter, put down": "record", "film", "file", "log",
# "list", "post", "score"): WordNet files them under communication, but they set something down, they do not assert
# it ("the video police recorded", "the suit was filed").
RECORDING = "01000232"


def synsets(wordnet_dir):
    """offset -> (lexicographer file, {word: set of frame numbers}, [hypernym offsets])"""
    result = {}
    with open(f"{wordnet_dir}/data.verb", encoding="latin-1") as data:
        for line in data:
            if line.startswith("  "):
                continue
            fields = line.split("|")[0].split()
            words = [fields[4 + 2 * k].lower() for k in range(int(fields[3], 16))]
            at = 4 + 2 * len(words)
            hypernyms = [fields[at + 2 + 4 * k] for k in range(int(fields[at])) if fields[at + 1 + 4 * k] == "@"]
            at += 1 + 4 * int(fields[at])
            frames = {w: set() for w in words}
            if at < len(fields):
                for k in range(int(fields[at])):
                    frame, word = int(fields[at + 2 + 3 * k]), int(fields[at + 3 + 3 * k], 16)
                    for target in (words if word == 0 else [words[word - 1]]):
                        frames[target].add(frame)
            result[fields[0]] = (int(fields[1]), frames, hypernyms)
    return result


def is_under(offset, root, data):
    return offset == root or any(is_under(h, root, data) for h in data[offset][2])


def lemmas(wordnet_dir, pos):
    with open(f"{wordnet_dir}/index.{pos}", encoding="latin-1") as index:
        return {line.split()[0] for line in index if not line.startswith("  ")}


def plural_noun(form, nouns):
    """Whether the form in -s is the plural of a WordNet noun ("remarks", "replies", "pledges")."""
    return (form[:-1] in nouns or (form.endswith("es") and form[:-2] in nouns)
            or (form.endswith("ies") and form[:-3] + "y" in nouns))


def inflections(lemma, irregular):
    """The -s, past and -ing forms of a verb; verb.exc's forms ("said", "admitted", "lying") override the rules."""
    forms = set()
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        forms.add(lemma[:-1] + "ies")
    elif lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        forms.add(lemma + "es")
    else:
        forms.add(lemma + "s")
    exceptions = irregular.get(lemma, set())
    forms |= exceptions
    if not any(f.endswith("ed") or not f.endswith("ing") for f in exceptions):
        if lemma.endswith("e"):
            forms.add(lemma + "d")
        elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
            forms.add(lemma[:-1] + "ied")
        else:
            forms.add(lemma + "ed")
    if not any(f.endswith("ing") for f in exceptions):
        if lemma.endswith("ie"):
            forms.add(lemma[:-2] + "ying")
        elif lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")):
            forms.add(lemma[:-1] + "ing")
        else:
            forms.add(lemma + "ing")
    return forms


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("wordnet_dir")
    parser.add_argument("--senses", type=int, default=1, help="how many of the first senses may qualify")
    parser.add_argument("--frames", default=CONTENT_FRAMES, help="comma-separated frame numbers, or 'any'")
    parser.add_argument("--dominant", type=int, default=3,
                        help="how many of the first senses (all, if fewer) must be of the verb's kind")
    parser.add_argument("--no-phrases", dest="phrases", action="store_false",
                        help="leave out the two-word verbs (\"point out\", \"speak out\")")
    parser.add_argument("--cognition", action="store_true", help="also verb.cognition, as beliefs")
    parser.add_argument("--keep-nouns", action="store_true", help="keep -s forms that are plural nouns too")
    parser.add_argument("--adjectives", default="ing", choices=["all", "ing", "none"],
                        help="leave out the forms that are adjectives too: all, those in -ing, none")
    args = parser.parse_args()
    frames = None if args.frames == "any" else {int(f) for f in args.frames.split(",")}
    kinds = {COMMUNICATION: "statement"}
    if args.cognition:
        kinds[COGNITION] = "belief"
    data = synsets(args.wordnet_dir)
    irregular = {}
    with open(f"{args.wordnet_dir}/verb.exc", encoding="latin-1") as exceptions:
        for line in exceptions:
            form, lemma = line.split()[:2]
            irregular.setdefault(lemma, set()).add(form)
    nouns, adjectives = lemmas(args.wordnet_dir, "noun"), lemmas(args.wordnet_dir, "adj")
    rows = {}
    with open(f"{args.wordnet_dir}/index.verb", encoding="latin-1") as index:
        for line in index:
            if line.startswith("  "):
                continue
            fields = line.split()
            lemma, senses = fields[0], int(fields[2])
            offsets = fields[-senses:]
            parts = lemma.split("_")
            if not all(p.isalpha() for p in parts) or len(parts) > (2 if args.phrases else 1):
                continue
            if is_under(offsets[0], RECORDING, data):
                continue
            first = data[offsets[0]][0]
            if any(data[o][0] != first for o in offsets[:args.dominant]):
                continue  # not mostly a verb of saying: "face", "file", "refuse", "issue" are first of all acts
            for offset in offsets[:args.senses]:
                lexfile, word_frames = data[offset][:2]
                if lexfile in kinds and (frames is None or word_frames.get(lemma, set()) & frames):
                    particle = " " + parts[1] if len(parts) > 1 else ""
                    for form in (f + particle for f in inflections(parts[0], irregular)):
                        # "remarks", "orders", "protests" are as often plural nouns; "willing", "supposed"
                        # adjectives: not reporting verbs without the parse.
                        if not args.keep_nouns and form.endswith("s") and plural_noun(form, nouns):
                            continue
                        if form in adjectives and (args.adjectives == "all"
                                                   or args.adjectives == "ing" and form.endswith("ing")):
                            continue
                        rows.setdefault(form, kinds[lexfile])
                    break
    print("# Inflected forms of verbs of saying (statement) and believing (belief), from WordNet 3.0 (WordNet 3.0")
    print("# Copyright 2006 by Princeton University. All rights reserved; its licence and disclaimer are in")
    print("# reporting-verbs-NOTICE.txt beside this file). Generated by")
    print("# services/extractor/tools/reporting_verbs_from_wordnet.py; do not edit by hand. Read as cues.tsv's")
    print("# kind verb where cues.tsv does not list the form.")
    print("# form <TAB> statement | belief")
    for form, kind in sorted(rows.items()):
        print(f"{form}\t{kind}")


if __name__ == "__main__":
    main()
