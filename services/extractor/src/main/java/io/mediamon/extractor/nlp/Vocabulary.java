package io.mediamon.extractor.nlp;

import io.mediamon.schema.EntityType;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The general vocabulary the analyzer works with, read once from the resource files under mediamon/nlp/:
 * titles, aliases, demonyms, reporting cues, event triggers and a few noun classes. Immutable after loading.
 */
final class Vocabulary {

    /** What an alias resolves to; type is null when CoreNLP's type should be kept. */
    record Alias(String canonical, EntityType type) {
    }

    /** An action category and whether the trigger is a verb, a noun, or can be either. */
    record Trigger(String action, String partOfSpeech) {
        boolean canBeVerb() {
            return partOfSpeech.contains("V");
        }

        boolean canBeNoun() {
            return partOfSpeech.contains("N");
        }
    }

    enum CueKind { VERB, SOURCE }

    private static final Vocabulary DEFAULT = new Vocabulary();

    /** Titles; the value says whether the title is a role (false: a modifier such as "former"). */
    final PhraseMatcher<Boolean> titles = new PhraseMatcher<>();
    final PhraseMatcher<String> demonyms = new PhraseMatcher<>();
    final PhraseMatcher<CueKind> cues = new PhraseMatcher<>();
    /** The kind of claim a cue introduces, by its lower-case form; statement when the file gives none. */
    private final java.util.Map<String, io.mediamon.schema.ClaimKind> claimKinds = new java.util.HashMap<>();
    final PhraseMatcher<Trigger> triggers = new PhraseMatcher<>();
    final PhraseMatcher<Boolean> lightVerbs = new PhraseMatcher<>();
    /** The alias file's names as phrases, to find them where CoreNLP did not tag them. */
    final PhraseMatcher<Alias> aliasPhrases = new PhraseMatcher<>();
    private final Map<String, Alias> aliases = new HashMap<>();
    /** The world's place names (places.tsv, from GeoNames). */
    final Gazetteer places = Gazetteer.load("places.tsv");
    private final Map<String, String> demonymCountries = new HashMap<>();
    private final Set<String> countries = new HashSet<>();
    private final Set<String> agentNouns = new HashSet<>();
    /** Abbreviated titles and the role they stand for ("sen" -> "senator"). */
    private final Map<String, String> titleAbbreviations = new HashMap<>();
    /** Common nouns that can be a claim's source: a person, a group or body, a communication (from WordNet 3.0). */
    private final Set<String> speakerNouns = new HashSet<>();
    private final Set<String> placeNouns = new HashSet<>();
    private final Map<String, Set<EntityType>> anaphors = new HashMap<>();
    /** One-word reporting verbs (kinds verb and clause), lower case: the parse reads their clause. */
    private final Set<String> cueVerbs = new HashSet<>();
    /** Words that make a sentence worth the parser's time: the first word of every cue the parse reads. */
    private final Set<String> parseCueWords = new HashSet<>();
    /** Cues of kinds object and clause, read by the parse; their finite forms are read by the patterns too. */
    private final Set<String> parseOnlyCues = new LinkedHashSet<>();
    /**
     * Cues the patterns read only right after their subject: the parse's cues in -s, which may be plural nouns instead
     * ("plans", "states"), and the verbs of reporting-verbs.tsv.
     */
    private final Set<String> subjectBoundCues = new HashSet<>();
    /** Verbs, or a verb and its particle ("called for"), whose object is what they attribute; lower case. */
    private final Set<String> objectCues = new HashSet<>();
    /** Base forms of the parse's cues whose form in -s is a cue too ("worry", "argue", "believe"); lower case. */
    private final Set<String> baseFormCues = new HashSet<>();

    private Vocabulary() {
        // A title is a role unless marked "modifier" ("former", "acting": stripped from names, not roles).
        ResourceFile.rows("titles.txt").forEach(r -> titles.add(r[0], r.length < 2 || !r[1].equals("modifier")));
        for (String[] row : ResourceFile.rows("aliases.tsv")) {
            EntityType type = row.length > 2 ? EntityType.valueOf(row[2]) : null;
            Alias alias = new Alias(row[1], type);
            aliases.put(aliasKey(row[0]), alias);
            aliasPhrases.add(row[0], alias);
            if (type == EntityType.LOCATION) {
                countries.add(row[1]);
            }
        }
        for (String[] row : ResourceFile.rows("demonyms.tsv")) {
            demonyms.add(row[0], row[1]);
            demonymCountries.put(row[0], row[1]);
            countries.add(row[1]);
        }
        Set<String> listedFirstWords = new HashSet<>();
        ResourceFile.rows("cues.tsv").forEach(r -> {
            String form = r[0].toLowerCase(Locale.ROOT);
            listedFirstWords.add(form.split(" ")[0]);
            if (r[1].equals("object")) {
                // Apart from the patterns' cues: "warned of" must not hide the reporting verb "warned" from them.
                objectCues.add(form);
                parseCueWords.add(form.split(" ")[0]);
                parseOnlyCues.add(form);
            } else if (r[1].equals("clause")) {
                cueVerbs.add(form);
                parseCueWords.add(form);
                parseOnlyCues.add(form);
            } else {
                cues.add(r[0], CueKind.valueOf(r[1].toUpperCase(Locale.ROOT)));
                if (r[1].equals("verb") && !form.contains(" ")) {
                    cueVerbs.add(form);
                    parseCueWords.add(form);
                }
            }
            if (r.length > 2) {
                claimKinds.put(r[0].toLowerCase(Locale.ROOT), io.mediamon.schema.ClaimKind.valueOf(
                        r[2].toUpperCase(Locale.ROOT)));
            }
        });
        // Phrases first, so that only the patterns' own verbs ("warned") keep a phrase ("warned of") from them.
        parseOnlyCues.stream().filter(c -> c.contains(" ")).forEach(this::addFinitePatternCue);
        parseOnlyCues.stream().filter(c -> !c.contains(" ")).forEach(this::addFinitePatternCue);
        parseOnlyCues.stream().filter(this::isBaseFormOfACue).forEach(baseFormCues::add);
        addReportingVerbs(listedFirstWords);
        ResourceFile.rows("triggers.tsv").forEach(r -> triggers.add(r[0], new Trigger(r[1], r[2])));
        ResourceFile.lines("light-verbs.txt").forEach(v -> lightVerbs.add(v, Boolean.TRUE));
        ResourceFile.lines("agent-nouns.txt").forEach(n -> agentNouns.add(n.toLowerCase(Locale.ROOT)));
        ResourceFile.rows("title-abbreviations.tsv").forEach(r -> titleAbbreviations.put(r[0], r[1]));
        ResourceFile.rows("speaker-nouns.tsv").forEach(r -> speakerNouns.add(r[0]));
        ResourceFile.lines("place-nouns.txt").forEach(n -> placeNouns.add(n.toLowerCase(Locale.ROOT)));
        for (String[] row : ResourceFile.rows("anaphors.tsv")) {
            Set<EntityType> types = EnumSet.noneOf(EntityType.class);
            for (String type : row[1].split(",")) {
                types.add(EntityType.valueOf(type.strip()));
            }
            anaphors.put(row[0].toLowerCase(Locale.ROOT), types);
        }
    }

    /**
     * The verbs of saying WordNet knows (reporting-verbs.tsv: "bemoaned", "condemns", "expressed"), read as reporting
     * verbs wherever cues.tsv does not list the form or a phrase it starts ("called for"): the hand-made list decides
     * how its own verbs read. News attributes a claim with nearly any verb of communication, most of them rare. These
     * are read only right after their subject (a name, a pronoun or a speaker noun: "the council disputed ..."), as
     * the cues in -s that may be plural nouns: a rare verb elsewhere is more often a passive ("was nicknamed"), a
     * reduced relative clause ("the letter he dictated was ...") or a participle of an act than a claim. A two-word
     * verb ("spoke out", "pointed out") is read as a phrase where cues.tsv does not list it, wherever it stands.
     */
    private void addReportingVerbs(Set<String> listedFirstWords) {
        for (String[] row : ResourceFile.rows("reporting-verbs.tsv")) {
            String form = row[0];
            boolean phrase = form.contains(" ");
            if (phrase ? cues.containsPhrase(form) : listedFirstWords.contains(form)) {
                continue;
            }
            cues.add(form, CueKind.VERB);
            claimKinds.put(form, io.mediamon.schema.ClaimKind.valueOf(row[1].toUpperCase(Locale.ROOT)));
            if (!phrase) {
                cueVerbs.add(form);
                parseCueWords.add(form);
                subjectBoundCues.add(form);
            }
        }
    }

    /**
     * The finite one-word forms of the parse's cues ("criticized", "believes", "cited") are read by the patterns
     * too, as reporting verbs whose subject speaks and whose rest of sentence is the content: without the parse they
     * find most of what it finds (polnear-dev detection recall 0.50 → 0.60 at precision 0.89). Their one-word
     * participles ("citing", "promising") too: the patterns read a participle only where its speaker is known, in a
     * participle clause after a claim or the sentence's subject (", citing ...") and in a progressive ("X is
     * promising ..."). Base forms ("tell") are left to the parse: without a subject they are rarely a claim.
     */
    private void addFinitePatternCue(String cue) {
        String form = cue.toLowerCase(Locale.ROOT);
        String verb = form.split(" ")[0];
        // "called for" is read whole, "warned of" is left to "warned", a reporting verb of the patterns already.
        boolean patternVerb = form.contains(" ") && cues.containsPhrase(verb);
        boolean participle = !form.contains(" ") && verb.endsWith("ing");
        if (patternVerb || !(verb.endsWith("ed") || verb.endsWith("s") || participle)) {
            return;
        }
        cues.add(cue, CueKind.VERB);
        if (form.endsWith("s")) {
            subjectBoundCues.add(form);
        }
    }

    /**
     * "worry", "argue", "believe": a one-word cue of the parse whose third person ("worries", "argues", "believes")
     * is a cue as well, so a base form, not a past ("felt") or a participle. The patterns read it after a plural
     * subject only ("economists worry that ..."): elsewhere it follows "to", a modal or "do", or is a noun.
     */
    private boolean isBaseFormOfACue(String form) {
        if (form.contains(" ") || form.endsWith("s") || form.endsWith("ed") || form.endsWith("ing")) {
            return false;
        }
        String third = form.endsWith("y") && !form.matches(".*[aeiou]y") ? form.substring(0, form.length() - 1) + "ies"
                : form.matches(".*(sh|ch|x|z|o)") ? form + "es" : form + "s";
        return cues.containsPhrase(third) || parseOnlyCues.contains(third);
    }

    /** A base form of a cue ("worry", "believe"), a reporting verb right after a plural subject. */
    boolean isBaseFormCue(String lower) {
        return baseFormCues.contains(lower);
    }

    /**
     * A cue in -s that is as often a plural noun ("states", "plans", "questions", "claims"), or a rare verb of
     * reporting-verbs.tsv: a reporting verb only right after its subject.
     */
    boolean isSubjectBoundCue(String lower) {
        return subjectBoundCues.contains(lower);
    }

    /** A cue of kind object or clause ("described", "believes"), whatever reads it. */
    boolean isParseOnlyCue(String lower) {
        return parseOnlyCues.contains(lower);
    }

    static Vocabulary get() {
        return DEFAULT;
    }

    /** The alias entry for a name, or null. */
    Alias alias(String name) {
        return aliases.get(aliasKey(name));
    }

    /** The country of a demonym written exactly as listed ("Pakistani" -> "Pakistan"), or null. */
    String countryOfDemonym(String demonym) {
        return demonymCountries.get(demonym);
    }

    /** The singular form of a demonym ("Afghans" -> "Afghan") when the file lists it, else the demonym itself. */
    String singularDemonym(String demonym) {
        if (demonym.endsWith("s") && demonymCountries.containsKey(demonym.substring(0, demonym.length() - 1))) {
            return demonym.substring(0, demonym.length() - 1);
        }
        return demonym;
    }

    boolean isCountry(String canonical) {
        return countries.contains(canonical);
    }

    /** A name the vocabulary knows: an alias, a country or a nationality word. */
    boolean isKnownName(String name) {
        return alias(name) != null || isCountry(name) || countryOfDemonym(name) != null;
    }

    /** A common noun for a kind of place ("town", "province"): "the town of X" makes X a place. */
    boolean isPlaceNoun(Token token) {
        return placeNouns.contains(token.lower());
    }

    /**
     * A common noun that can say or state something ("spokesman", "experts", "the campaign", "the report"); the
     * tokens carry no lemma, so regular plurals are folded here ("officials", "agencies", "witnesses").
     */
    boolean isSpeakerNoun(Token token) {
        String w = token.lower();
        if (speakerNouns.contains(w)) {
            return true;
        }
        if (w.endsWith("ies") && speakerNouns.contains(w.substring(0, w.length() - 3) + "y")) {
            return true;
        }
        if (w.endsWith("es") && speakerNouns.contains(w.substring(0, w.length() - 2))) {
            return true;
        }
        return w.endsWith("s") && speakerNouns.contains(w.substring(0, w.length() - 1));
    }

    boolean isAgentNoun(Token token) {
        return agentNouns.contains(token.lower());
    }

    /** The entity types a definite "the NOUN" can refer to, or an empty set. */
    Set<EntityType> anaphorTypes(Token token) {
        return anaphors.getOrDefault(token.lower(), Set.of());
    }

    /** A role's key written out: "sen" -> "senator", "lt gen" -> "lieutenant general"; others unchanged. */
    String fullRole(String key) {
        return titleAbbreviations.getOrDefault(key, key);
    }

    boolean isTitle(Token token) {
        return titles.containsPhrase(token.text());
    }

    /** Alias keys ignore case, accents, spaces, periods, hyphens and apostrophes: "al Qaeda" = "Al-Qaeda". */
    static String aliasKey(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder key = new StringBuilder();
        decomposed.codePoints()
                .filter(Character::isLetterOrDigit)
                .map(Character::toLowerCase)
                .forEach(key::appendCodePoint);
        return key.toString();
    }

    /** Whether the word, lower case, is a one-word reporting verb of cues.tsv (kind verb or clause). */
    boolean isCueVerb(String lower) {
        return cueVerbs.contains(lower);
    }

    /** Whether the verb, or verb and particle ("called for"), lower case, attributes its object (cues.tsv "object"). */
    boolean isObjectCue(String lower) {
        return objectCues.contains(lower);
    }

    /** Whether the word, lower case, starts a cue the parse reads: a sentence without one is not parsed. */
    boolean isParseCueWord(String lower) {
        return parseCueWords.contains(lower);
    }

    /** What kind of claim the cue (as written in the text) introduces. */
    io.mediamon.schema.ClaimKind claimKind(String cue) {
        return claimKinds.getOrDefault(cue == null ? "" : cue.toLowerCase(Locale.ROOT),
                io.mediamon.schema.ClaimKind.STATEMENT);
    }
}
