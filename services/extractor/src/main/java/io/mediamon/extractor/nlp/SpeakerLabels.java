package io.mediamon.extractor.nlp;

import io.mediamon.schema.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Attributions with no verb at all, marked by punctuation: a speaker label and a colon ("SMITH: We will win.", a
 * transcript; "Smith: Deal Is Dead", a headline) and a quote signed with a dash ("“We will win.” ― Jane Smith", a
 * reader's comment or an epigraph).
 */
final class SpeakerLabels {

    /**
     * One labelled attribution.
     *
     * @param sentence the sentence of the speaker label
     * @param speaker  the label's tokens in that sentence
     * @param begin    content start, characters
     * @param end      content end, characters
     * @param quoted   whether the content is a quote
     */
    record Labelled(Sentence sentence, PhraseReader.Unit speaker, int begin, int end, boolean quoted) {
    }

    /** A label longer than this ("In the end, the plan was simple:") is a clause, not a name. */
    private static final int MAX_LABEL_TOKENS = 5;
    private static final int MIN_CONTENT_WORDS = 3;
    private static final String DASHES = "―—–";
    private static final int MAX_HEADLINE_LABEL_TOKENS = 3;
    /** A signature after a dash: a given name and a surname, perhaps a middle name or initial. */
    private static final int MAX_SIGNATURE_WORDS = 4;

    private final AnalyzedText doc;

    SpeakerLabels(AnalyzedText doc) {
        this.doc = doc;
    }

    /**
     * "SMITH: ...", "Jane Smith: ...": a sentence that opens with a name of a person or an organisation, or a word in
     * capitals, and a colon, with a statement after it.
     */
    Labelled colonLabel(Sentence s) {
        // A transcript quoted paragraph by paragraph opens each with a quotation mark: "“PENCE: ...".
        int first = s.size() > 0 && Grammar.isOpenQuote(s.token(0)) ? 1 : 0;
        int colon = -1;
        for (int k = first + 1; k <= first + MAX_LABEL_TOKENS && k < s.size(); k++) {
            if (s.token(k).text().equals(":")) {
                colon = k;
                break;
            }
        }
        if (colon < 0 || s.size() - colon - 1 < MIN_CONTENT_WORDS) {
            return null;
        }
        NameMention m = doc.mention(s, first);
        boolean name = m != null && m.start == first && m.end == colon
                && (m.type == EntityType.PERSON || m.type == EntityType.ORGANIZATION);
        boolean capitals = colon == first + 1 && isAllCapitals(s.token(first));
        if (!name && !capitals && !isHeadlineLabel(s, first, colon)) {
            return null;
        }
        int begin = s.token(colon + 1).begin();
        return new Labelled(s, new PhraseReader.Unit(first, colon), begin, s.end(), false);
    }

    /** "Mayor Paula Green to Ferry Chief:", "A lesson from Paula Green:": the longest headline label before a colon. */
    private static final int MAX_PERSON_LABEL_TOKENS = 8;
    private static final String OPENING_QUOTES = "‘'“\"";
    private static final String CLOSING_QUOTES = "’'”\"";

    /**
     * "Paula Green to Ferry Chief: ‘You Should Resign.’", "A lesson from Paula Green: 'Be the voice people hear.'",
     * "Green on Ferry Tolls: The Fares Are 'Unfair.'": the text's first sentence, its headline, whose label before a
     * colon names a person (the first one named there), followed by a quotation that ends the headline (often in
     * single quotes, which are no statement quotes in the body), or a label that is the person and "on" a topic,
     * followed by anything. The person is the speaker; a headline's label with no person ("Ferry Crash in Oban: ...")
     * or no quote ("X Visits Oban: ...") says nothing of who said it. Null otherwise.
     */
    Labelled headlinePersonLabel(Sentence s) {
        if (s.index() != 0) {
            return null;
        }
        int colon = -1;
        for (int k = 1; k <= MAX_PERSON_LABEL_TOKENS && k < s.size(); k++) {
            if (s.token(k).text().equals(":")) {
                colon = k;
                break;
            }
        }
        if (colon < 0 || colon + 1 >= s.size()) {
            return null;
        }
        NameMention person = null;
        for (int k = 0; k < colon && person == null; k++) {
            NameMention m = doc.mention(s, k);
            person = m != null && m.type == EntityType.PERSON && m.end <= colon ? m : null;
        }
        NameMention body = personNamedInTheBody(s, colon);
        PhraseReader.Unit speaker = body != null ? new PhraseReader.Unit(0, body.text.split("\\s+").length)
                : person != null ? new PhraseReader.Unit(person.start, person.end) : null;
        if (speaker == null) {
            return null;
        }
        int begin = s.token(colon + 1).begin();
        int end = s.end();
        if (speaker.start() == 0 && speaker.end() + 1 < colon && s.token(speaker.end()).is("on")) {
            return new Labelled(s, speaker, begin, end, false); // "X on Climate Change: ..."
        }
        String rest = doc.substring(begin, end);
        boolean period = rest.length() > 1 && rest.endsWith(".")
                && CLOSING_QUOTES.indexOf(rest.charAt(rest.length() - 2)) >= 0;
        int close = period ? rest.length() - 2 : rest.length() - 1;
        if (rest.length() < 3 || OPENING_QUOTES.indexOf(rest.charAt(0)) < 0
                || CLOSING_QUOTES.indexOf(rest.charAt(close)) < 0
                || rest.substring(1, close).indexOf(rest.charAt(0) == '“' ? '”' : rest.charAt(close)) >= 0) {
            return null; // not one quotation up to the end: "‘A’ and ‘B’" or a quoted word inside a phrase
        }
        return new Labelled(s, speaker, begin + 1, begin + close, true);
    }

    /**
     * "Paula Green Hammers Harbour Chief: ‘...’": a Title Case headline runs the name into the verb after it, which
     * the tagger leaves untagged or tags with the words after it; the words of a person's name of two words or more
     * that the tagger found elsewhere in the text (the body names the person in full), at the label's start, are the
     * person: that mention, or null when none is there.
     */
    NameMention personNamedInTheBody(Sentence s, int colon) {
        for (NameMention m : doc.mentions) {
            String[] words = m.text.split("\\s+");
            if (m.type != EntityType.PERSON || m.sentence == s.index() || words.length < 2 || words.length >= colon) {
                continue;
            }
            boolean same = true;
            for (int k = 0; k < words.length && same; k++) {
                same = s.token(k).text().equals(words[k]);
            }
            if (same) {
                return m;
            }
        }
        return null;
    }

    /**
     * "Survey: Tolls Too High", "Factcheck: ...": the text's first sentence, its headline, opening with a label
     * of one to three capitalised words and a colon, whether or not the tagger read the label as a name; not one
     * that opens with a determiner ("The Latest: ...", a column's title).
     */
    private boolean isHeadlineLabel(Sentence s, int first, int colon) {
        if (s.index() != 0 || colon - first > MAX_HEADLINE_LABEL_TOKENS
                || Grammar.DETERMINERS.contains(s.token(first).lower())) {
            return false;
        }
        for (int k = first; k < colon; k++) {
            if (!s.token(k).isCapitalized()) {
                return false;
            }
        }
        return true;
    }

    /** "“...” ― Jane Smith": statement quotes followed by a dash and a person's name. */
    List<Labelled> dashSigned() {
        List<Labelled> found = new ArrayList<>();
        for (Quote q : doc.quotes) {
            if (!q.isStatement(doc.text)) {
                continue;
            }
            int k = q.close() + 1;
            while (k < doc.text.length() && doc.text.charAt(k) == ' ') {
                k++;
            }
            if (k >= doc.text.length() || DASHES.indexOf(doc.text.charAt(k)) < 0) {
                continue;
            }
            NameMention signer = mentionAfter(k + 1);
            if (signer != null && signer.type == EntityType.PERSON) {
                Sentence s = doc.sentences.get(signer.sentence);
                found.add(new Labelled(s, new PhraseReader.Unit(signer.start, signer.end), q.innerBegin(),
                        q.innerEnd(), true));
            } else if (signer == null) {
                Labelled named = capitalisedSigner(q, k + 1);
                if (named != null) {
                    found.add(named);
                }
            }
        }
        return found;
    }

    /**
     * "“...” ― Ana Quintal": a signature the tagger did not read as a name, two to four capitalised words that end
     * the line (a period may close them), read as a name as written; null when the words after the dash are not that.
     */
    private Labelled capitalisedSigner(Quote q, int offset) {
        for (Sentence s : doc.sentences) {
            if (offset < s.begin() || offset >= s.end()) {
                continue;
            }
            int first = s.tokenAtOrAfter(offset);
            int end = first;
            while (end < s.size() && end - first < MAX_SIGNATURE_WORDS && s.token(end).isCapitalized()
                    && doc.mention(s, end) == null) {
                end++;
            }
            if (end - first < 2) {
                return null;
            }
            Token after = s.at(end);
            boolean endsLine = after == null || (after.text().equals(".") && s.at(end + 1) == null)
                    || doc.substring(s.token(end - 1).end(), after.begin()).contains("\n");
            return endsLine ? new Labelled(s, new PhraseReader.Unit(first, end), q.innerBegin(), q.innerEnd(), true)
                    : null;
        }
        return null;
    }

    /** The name mention starting at the first word after the offset, or null. */
    private NameMention mentionAfter(int offset) {
        int k = offset;
        while (k < doc.text.length() && Character.isWhitespace(doc.text.charAt(k))) {
            k++;
        }
        for (NameMention m : doc.mentions) {
            if (m.begin == k) {
                return m;
            }
        }
        return null;
    }

    /**
     * The person a label in capitals stands for ("PENCE" for Mike Pence): the person named in the text whose last
     * name it is, when exactly one is.
     */
    Referent labelReferent(Token label) {
        String wanted = label.text().toLowerCase(Locale.ROOT);
        Referent found = null;
        for (NameMention m : doc.mentions) {
            String name = m.canonical == null ? m.name : m.canonical;
            String[] words = name.toLowerCase(Locale.ROOT).split("\\s+");
            boolean fuller = words.length > 1; // "WHITFIELD" itself, tagged as a name, is no help
            if (m.type == EntityType.PERSON && fuller && words[words.length - 1].equals(wanted)) {
                Referent r = Referent.of(m);
                if (found != null && !found.name().equals(r.name())) {
                    return null;
                }
                found = r;
            }
        }
        return found;
    }

    static boolean isAllCapitals(Token t) {
        String w = t.text();
        return w.length() > 1 && w.chars().allMatch(Character::isLetter) && w.equals(w.toUpperCase(Locale.ROOT));
    }
}
