package io.mediamon.extractor.nlp;

import io.mediamon.schema.Claim;
import io.mediamon.schema.EnrichedArticle;
import io.mediamon.schema.Entity;
import io.mediamon.schema.EntityType;
import io.mediamon.schema.EventMention;
import io.mediamon.schema.Mention;
import io.mediamon.schema.RawArticle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The analyzer on the sample article (real CoreNLP), plus input it must refuse or leave alone. */
class ArticleAnalyzerTest {

    private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "his", "her", "they", "them", "their",
            "it", "its", "we", "us", "our", "i", "me", "my", "you", "your");

    private static EnrichedArticle sample;

    @BeforeAll
    static void analyzeSample() {
        sample = TestArticles.analyzer().analyze(TestArticles.sample());
    }

    // ---- entities ----

    @Test
    void groupsTheSurnameWithTheFullName() {
        Entity shamkhani = entity("Ali Shamkhani");
        assertEquals(EntityType.PERSON, shamkhani.getType());
        List<String> texts = shamkhani.getMentions().stream().map(Mention::getText).toList();
        assertTrue(texts.contains("Ali Shamkhani") && texts.contains("Shamkhani"), texts.toString());
        assertEquals(5, texts.size(), texts.toString());
        assertEquals(List.of("Zabihullah Mujahid", "Mujahid"),
                entity("Zabihullah Mujahid").getMentions().stream().map(Mention::getText).toList());
    }

    @Test
    void keepsTitlesOutOfNames() {
        Entity khamenei = entity("Ali Khamenei");
        assertEquals(EntityType.PERSON, khamenei.getType());
        assertEquals("Ali Khamenei", khamenei.getText());
        assertTrue(sample.getEntities().stream().noneMatch(e -> e.getCanonical().startsWith("Ayatollah")
                || e.getCanonical().startsWith("Secretary")));
        Entity miller = entity("Austin Miller");
        assertEquals(EntityType.PERSON, miller.getType());
        assertFalse(miller.getText().contains("Gen."), miller.getText());
    }

    @Test
    void mapsAliasesToCanonicalNames() {
        Entity us = entity("United States");
        assertEquals(EntityType.LOCATION, us.getType());
        List<String> texts = us.getMentions().stream().map(Mention::getText).toList();
        assertTrue(texts.contains("U.S.") && texts.contains("US"), texts.toString());
        assertEquals(EntityType.ORGANIZATION, entity("United Nations").getType());
        assertEquals(EntityType.ORGANIZATION, entity("al-Qaeda").getType());
        assertEquals(3, entity("al-Qaeda").getMentions().size());
        assertEquals(EntityType.ORGANIZATION, entity("ISIS").getType());
        assertTrue(entity("Iran").getMentions().stream().anyMatch(m -> m.getText().equals("Islamic Republic")));
    }

    @Test
    void findsTheTalibanAndNationalities() {
        Entity taliban = entity("Taliban");
        assertTrue(taliban.getType() == EntityType.ORGANIZATION || taliban.getType() == EntityType.NORP);
        assertTrue(taliban.getMentions().size() >= 7);
        for (String nationality : List.of("Pakistani", "Saudi", "Emirati", "Afghan", "Iranian")) {
            assertEquals(EntityType.NORP, entity(nationality).getType(), nationality);
        }
    }

    @Test
    void noPronounIsAnEntity() {
        for (Entity e : sample.getEntities()) {
            for (Mention m : e.getMentions()) {
                // "he" or "He"; "US" in capitals is the country.
                String text = m.getText();
                boolean pronoun = PRONOUNS.contains(text) || PRONOUNS.contains(text.toLowerCase(Locale.ROOT))
                        && text.substring(1).equals(text.substring(1).toLowerCase(Locale.ROOT));
                assertFalse(pronoun, e.toString());
            }
        }
    }

    @Test
    void mentionOffsetsPointIntoTheCleanText() {
        String text = sample.getCleanText();
        for (Entity e : sample.getEntities()) {
            for (Mention m : e.getMentions()) {
                assertEquals(m.getText(), text.substring(m.getBegin(), m.getEnd()), e.getCanonical());
            }
        }
    }

    // ---- claims ----

    @Test
    void attributesMujahidsStatements() {
        List<Claim> claims = claimsBy("Zabihullah Mujahid");
        assertTrue(claims.size() >= 2, claims.toString());
        assertTrue(claims.stream().anyMatch(c -> c.getQuoted()
                && c.getContent().startsWith("discussions were held with the American side")), claims.toString());
        assertTrue(claims.stream().anyMatch(c -> !c.getQuoted() && c.getContent().contains("met with U.S.")
                && "Taliban spokesman Zabihullah Mujahid".equals(c.getSpeakerText())), claims.toString());
    }

    @Test
    void attributesShamkhanisStatementsIncludingHeSaid() {
        List<Claim> claims = claimsBy("Ali Shamkhani");
        assertTrue(claims.size() >= 3, claims.toString());
        Claim heSaid = claims.stream().filter(c -> c.getContent().startsWith("The regional nations")).findFirst()
                .orElseThrow(() -> new AssertionError("no “The regional nations ...” claim: " + claims));
        assertTrue(heSaid.getQuoted());
        assertEquals("said", heSaid.getCue());
        assertEquals("he", heSaid.getSpeakerText());
        // The Tasnim sentence: Tasnim reports, Shamkhani speaks.
        assertTrue(claims.stream().anyMatch(c -> c.getQuoted()
                && c.getContent().startsWith("the Afghan government has been informed")), claims.toString());
        assertTrue(claims.stream().anyMatch(c -> c.getCue().equals("asserted")
                && c.getContent().startsWith("the Islamic Republic has always been")), claims.toString());
        assertTrue(claims.stream().anyMatch(c -> c.getCue().equals("warned")), claims.toString());
    }

    @Test
    void attributesKhameneisClaim() {
        Claim claim = claimsBy("Ali Khamenei").stream().findFirst()
                .orElseThrow(() -> new AssertionError("no claim by Ali Khamenei: " + sample.getClaims()));
        assertEquals("claimed", claim.getCue());
        assertFalse(claim.getQuoted());
        assertTrue(claim.getContent().startsWith("the U.S. was transferring ISIS terrorists to Afghanistan"));
    }

    @Test
    void attributesNothingToThoseWhoSaidNothing() {
        Set<String> speakers = new HashSet<>();
        sample.getClaims().forEach(c -> speakers.add(c.getSpeaker()));
        speakers.remove(null);
        Set<String> spoke = Set.of("Zabihullah Mujahid", "Ali Shamkhani", "Ali Khamenei",
                "State Department"); // "the State Department's Country Reports on Terrorism says ..."
        assertTrue(spoke.containsAll(speakers), speakers.toString());
        assertTrue(sample.getClaims().stream().noneMatch(c -> c.getCue().equals("reported")
                || c.getCue().equals("according to")), "news agencies are sources, not speakers");
    }

    @Test
    void claimOffsetsPointIntoTheCleanText() {
        for (Claim c : sample.getClaims()) {
            assertEquals(c.getContent(), sample.getCleanText().substring(c.getBegin(), c.getEnd()));
            assertTrue(c.getSpeakerText() != null && sample.getCleanText().contains(c.getSpeakerText()), c.toString());
        }
    }

    // ---- event mentions ----

    @Test
    void findsIransOwnTalksWithTheTaliban() {
        assertTrue(events("CONSULT").anyMatch(m -> participants(m).containsAll(Set.of("Iran", "Taliban"))),
                sample.getEventMentions().toString());
    }

    @Test
    void findsTheAbuDhabiMeeting() {
        EventMention meeting = events("CONSULT")
                .filter(m -> participants(m).containsAll(Set.of("Taliban", "United States", "Pakistan",
                        "Saudi Arabia", "United Arab Emirates")))
                .findFirst().orElseThrow(() -> new AssertionError(sample.getEventMentions().toString()));
        assertEquals("Abu Dhabi", meeting.getPlace());
        assertEquals(List.of("Taliban"), meeting.getActors());
        // "said Dec. 17 that ...", published 2018-12-27.
        assertEquals("Dec. 17", meeting.getTime());
        assertEquals(LocalDate.of(2018, 12, 17), meeting.getDate());
    }

    @Test
    void pastEventsKeepTheirResolvedDates() {
        EventMention attempt = sample.getEventMentions().stream()
                .filter(m -> m.getTargets().contains("Austin Miller")).findFirst()
                .orElseThrow(() -> new AssertionError(sample.getEventMentions().toString()));
        assertEquals("ASSAULT", attempt.getAction());
        assertEquals("two months ago", attempt.getTime());
        assertEquals(LocalDate.of(2018, 10, 27), attempt.getDate());
        EventMention caption = events("CONSULT").filter(m -> m.getTargets().contains("Imad Khamis")).findFirst()
                .orElseThrow(() -> new AssertionError(sample.getEventMentions().toString()));
        assertEquals(LocalDate.of(2017, 1, 17), caption.getDate());
    }

    @Test
    void findsKhalilzadsMeetingsInQatar() {
        EventMention meeting = events("CONSULT")
                .filter(m -> participants(m).containsAll(Set.of("Zalmay Khalilzad", "Taliban")))
                .findFirst().orElseThrow(() -> new AssertionError(sample.getEventMentions().toString()));
        assertEquals("Qatar", meeting.getPlace());
        assertEquals(List.of("Zalmay Khalilzad"), meeting.getActors());
        assertEquals(List.of("Taliban"), meeting.getTargets());
    }

    @Test
    void eventMentionsAreWellFormed() {
        for (EventMention m : sample.getEventMentions()) {
            assertFalse(m.getAction().equals("STATEMENT"), "statements are claims: " + m);
            List<String> all = new ArrayList<>(m.getActors());
            all.addAll(m.getTargets());
            assertEquals(all.size(), new HashSet<>(all).size(), "a participant listed twice: " + m);
            assertTrue(!m.getActors().isEmpty() && !m.getTargets().isEmpty() || all.size() >= 2, m.toString());
            assertTrue(m.getBegin() < m.getEnd() && m.getEnd() <= sample.getCleanText().length());
        }
        assertTrue(events("CONSULT").anyMatch(m -> "Dec. 17".equals(m.getTime())));
    }

    @Test
    void refusalsAndHypotheticalsAreNotEvents() {
        // "The Taliban have refused to meet directly with the Afghan government"
        assertTrue(sample.getEventMentions().stream().noneMatch(m -> participants(m).contains("Afghanistan")),
                sample.getEventMentions().toString());
        // "talks could be conducted without technically negotiating with a terrorist group"
        assertTrue(events("NEGOTIATE").findAny().isEmpty(), sample.getEventMentions().toString());
    }

    // ---- the article as a whole ----

    @Test
    void copiesMetadataAndFingerprints() {
        RawArticle raw = TestArticles.sample();
        assertEquals(raw.getId(), sample.getId());
        assertEquals(raw.getUrl(), sample.getUrl());
        assertEquals(raw.getSource(), sample.getSource());
        assertEquals(raw.getTitle(), sample.getTitle());
        assertEquals(raw.getPublishedAt(), sample.getPublishedAt());
        assertEquals(raw.getFetchedAt(), sample.getFetchedAt());
        assertEquals("en", sample.getLanguage());
        assertTrue(sample.getFingerprint().matches("[0-9a-f]{16}"), sample.getFingerprint());
        assertTrue(sample.getCleanText().startsWith("Secretary of Iran's Supreme National Security Council"));
    }

    @Test
    void leavesNonEnglishTextToOtherModels() {
        EnrichedArticle out = TestArticles.analyzer().analyze(TestArticles.text(
                "Der iranische Sicherheitsrat hat nach eigenen Angaben Gespräche mit den Taliban geführt. "
                        + "Die Regierung in Kabul sei darüber informiert worden, sagte Ali Schamchani am Mittwoch."));
        assertEquals("de", out.getLanguage());
        assertTrue(out.getEntities().isEmpty() && out.getClaims().isEmpty() && out.getEventMentions().isEmpty());
        assertEquals(16, out.getFingerprint().length());
    }

    @Test
    void refusesEmptyAndBinaryBodies() {
        ArticleAnalyzer analyzer = TestArticles.analyzer();
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> analyzer.analyze(TestArticles.text(" \n\t ")));
        assertTrue(empty.getMessage().contains("empty"), empty.getMessage());
        IllegalArgumentException scriptOnly = assertThrows(IllegalArgumentException.class,
                () -> analyzer.analyze(TestArticles.html("<html><script>var a = 1;</script><nav>Home</nav></html>")));
        assertTrue(scriptOnly.getMessage().contains("empty"), scriptOnly.getMessage());
        IllegalArgumentException binary = assertThrows(IllegalArgumentException.class,
                () -> analyzer.analyze(TestArticles.text("%PDF-1.4\u0000\u0001\u0002\u0003 stream")));
        assertTrue(binary.getMessage().contains("binary"), binary.getMessage());
        assertThrows(IllegalArgumentException.class, () -> analyzer.analyze(null));
    }

    @Test
    void analyzesHtmlArticles() {
        EnrichedArticle out = TestArticles.analyzer().analyze(TestArticles.html("<html><head><style>p{}</style>"
                + "<script>track('Barack Obama')</script></head><body><nav>World | Politics</nav><article>"
                + "<h1>Talks in Sochi</h1><p>Russian President Vladimir Putin met with Turkish President Recep "
                + "Tayyip Erdogan in Sochi on Monday.</p><p>“We agreed on a lot,” Putin said.</p></article>"
                + "<footer>© Example News</footer></body></html>"));
        assertFalse(out.getCleanText().contains("track") || out.getCleanText().contains("Politics")
                || out.getCleanText().contains("©"), out.getCleanText());
        assertTrue(out.getEntities().stream().anyMatch(e -> e.getCanonical().equals("Vladimir Putin")));
        assertTrue(out.getEntities().stream().noneMatch(e -> e.getCanonical().contains("Obama")));
        assertTrue(out.getClaims().stream().anyMatch(c -> "Vladimir Putin".equals(c.getSpeaker()) && c.getQuoted()),
                out.getClaims().toString());
        assertTrue(out.getEventMentions().stream().anyMatch(m -> m.getAction().equals("CONSULT")
                && m.getActors().equals(List.of("Vladimir Putin"))
                && m.getTargets().equals(List.of("Recep Tayyip Erdogan")) && "Sochi".equals(m.getPlace())
                && "Monday".equals(m.getTime())), out.getEventMentions().toString());
    }

    @Test
    void givesTheSameResultsFromManyThreads() throws Exception {
        List<RawArticle> articles = List.of(TestArticles.sample(),
                TestArticles.text("Israeli warplanes attacked Hamas positions in Gaza on Tuesday, the military said."),
                TestArticles.text("The European Union called on Russia to withdraw its troops from Ukraine."));
        List<EnrichedArticle> expected = articles.stream().map(TestArticles.analyzer()::analyze).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<EnrichedArticle>> results = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (RawArticle a : articles) {
                    results.add(pool.submit(() -> TestArticles.analyzer().analyze(a)));
                }
            }
            for (int i = 0; i < results.size(); i++) {
                assertEquals(expected.get(i % articles.size()), results.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- helpers ----

    private static Entity entity(String canonical) {
        Optional<Entity> found = sample.getEntities().stream().filter(e -> e.getCanonical().equals(canonical))
                .findFirst();
        return found.orElseThrow(() -> new AssertionError("no entity " + canonical + " in "
                + sample.getEntities().stream().map(Entity::getCanonical).toList()));
    }

    private static List<Claim> claimsBy(String speaker) {
        return sample.getClaims().stream().filter(c -> speaker.equals(c.getSpeaker())).toList();
    }

    private static Stream<EventMention> events(String action) {
        return sample.getEventMentions().stream().filter(m -> m.getAction().equals(action));
    }

    private static Set<String> participants(EventMention m) {
        Set<String> all = new HashSet<>(m.getActors());
        all.addAll(m.getTargets());
        return all;
    }

}
