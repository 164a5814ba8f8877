package io.mediamon.extractor.nlp;

import io.mediamon.schema.Claim;
import io.mediamon.schema.SpeakerKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Attribution patterns with the defaults (extractor.parse=false): what the word patterns read by themselves, on
 * invented sentences. {@link ClaimExtractorTest} runs with the parse, which may find a claim the patterns miss.
 */
class ClaimPatternsTest {

    private static final class Holder {
        static final ArticleAnalyzer PATTERNS_ONLY =
                new ArticleAnalyzer(NerTagger.load(NerTagger.DEFAULT_MODELS, false));
    }

    private static List<Claim> claims(String text) {
        return Holder.PATTERNS_ONLY.analyze(TestArticles.text(text)).getClaims();
    }

    @Test
    void aParticipleAfterAClaimWithoutASpeakerIsNoFailure() {
        // "A statement released by X ... vowed ..., saying ...": the claim before the participle has no speaker, which
        // once made the check for a relative clause's speaker ("who said") throw and the whole article fail.
        List<Claim> statement = claims("A statement released by Regional Governor Ann Cole in Lyon vowed to track "
                + "down and punish those responsible, saying this was an attempt to sabotage the ferry talks.");
        assertEquals("to track down and punish those responsible", statement.get(0).getContent(), statement.toString());
        List<Claim> letter = claims("A letter signed by Mayor Paula Green in Oban vowed to find and fine the owners, "
                + "saying the fire was an attempt to close the harbour.");
        assertEquals("to find and fine the owners", letter.get(0).getContent(), letter.toString());
    }

    @Test
    void aNounThatLooksLikeAReportingVerbBeforeACommaMakesNoEmptyClaim() {
        // "... implies claims, a charge X denies.": once a claim of no words (its end before its begin), which made the
        // whole article fail when its content was cut out.
        List<Claim> claims = claims("Lyon says the refusal implies claims, a charge Oban denies.");
        assertTrue(claims.stream().allMatch(c -> c.getBegin() < c.getEnd() && !c.getContent().isBlank()),
                claims.toString());
        assertTrue(claims.stream().anyMatch(c -> "Lyon".equals(c.getSpeakerText())), claims.toString());
    }

    @Test
    void aPronounOrNameAfterSaidFollowedByAVerbIsTheSubjectOfWhatWasSaid() {
        List<Claim> claims = claims("Paula Green, a harbour pilot, said she sails the ferry to Oban every "
                + "morning.");
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("Paula Green", claims.get(0).getSpeaker());
        assertEquals("she sails the ferry to Oban every morning", claims.get(0).getContent());
        List<Claim> inverted = claims("The ferries will run again by May, said Paula Green on Tuesday.");
        assertEquals(1, inverted.size(), inverted.toString());
        assertEquals("Paula Green", inverted.get(0).getSpeaker(), "a time after the name ends the attribution");
    }

    @Test
    void anAppositiveEndingInWhereThePersonWorksDescribesThePerson() {
        List<Claim> claims = claims("Paula Green, an economist at the Harbour Institute, said the tolls would "
                + "double by spring.");
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("Paula Green", claims.get(0).getSpeaker());
        assertEquals("the tolls would double by spring", claims.get(0).getContent());
    }

    @Test
    void aDescriptionAfterSaidThatEndsTheSentenceIsTheInvertedSpeaker() {
        List<Claim> claims = claims("The ferry talks broke down before midnight, said one union official in the "
                + "room.");
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("The ferry talks broke down before midnight", claims.get(0).getContent());
        assertEquals("one union official", claims.get(0).getSpeakerText());
        List<Claim> clause = claims("The ferry talks broke down, said union officials were to blame.");
        assertTrue(clause.stream().noneMatch(c -> "union officials".equals(c.getSpeakerText())), clause.toString());
    }

    @Test
    void aProgressiveReportingVerbIsAClaimOfItsSubject() {
        List<Claim> claims = claims("Mayor Paula Green is warning that the harbour tolls will double by spring.");
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("Paula Green", claims.get(0).getSpeaker());
        assertEquals("the harbour tolls will double by spring", claims.get(0).getContent());
        assertTrue(claims("The ferry was reported missing by the harbour master on Tuesday.").isEmpty(),
                "a passive is still no claim");
    }

    @Test
    void aColonClosingItsParagraphIntroducesTheNextParagraph() {
        List<Claim> claims = claims("Mayor Paula Green spoke to the harbour workers on Friday.\n\nShe said:\n\n"
                + "The tolls will double by spring and the ferries will stop at midnight.\n\nThe workers left.");
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("Paula Green", claims.get(0).getSpeaker());
        assertEquals("The tolls will double by spring and the ferries will stop at midnight",
                claims.get(0).getContent());
    }

    @Test
    void continuedBeforeAColonReportsSpeech() {
        List<Claim> claims = claims("Paula Green continued: “The tolls will double by spring.”");
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("Paula Green", claims.get(0).getSpeaker());
        assertEquals("The tolls will double by spring", claims.get(0).getContent());
        assertTrue(claims("The ferry talks continued on Friday in the harbour office.").isEmpty());
    }

    @Test
    void aTimeBetweenTheSubjectAndTheVerbIsSkipped() {
        List<Claim> claims = claims("Mayor Paula Green on Tuesday said the harbour tolls would double by spring.");
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("Paula Green", claims.get(0).getSpeaker());
        List<Claim> relative = claims("Tom Baker, an engineer who worked in Oslo in 2011, said the bridge would "
                + "close.");
        assertEquals(1, relative.size(), relative.toString());
        assertTrue(relative.get(0).getSpeaker() == null || relative.get(0).getSpeaker().equals("Tom Baker"),
                "not the place inside the relative clause: " + relative);
    }

    @Test
    void aReportingVerbCoordinatedWithAnActionIsSaidByTheSentencesSubject() {
        List<Claim> claims = claims("Paula Green toured the flooded harbour and has said the tolls would double "
                + "by spring.");
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("Paula Green", claims.get(0).getSpeaker());
        assertEquals("the tolls would double by spring", claims.get(0).getContent());
    }

    @Test
    void aSpokespersonForAnOrganisationSpeaksForItWithoutTheParse() {
        List<Claim> claims = claims("A spokeswoman for the Harbour Authority on Friday insisted the tolls were fair.");
        assertEquals(1, claims.size(), claims.toString());
        assertTrue(claims.get(0).getSpeaker() != null && claims.get(0).getSpeaker().contains("Harbour Authority"),
                claims.toString());
        assertEquals("A spokeswoman for the Harbour Authority", claims.get(0).getSpeakerText());
        assertEquals("Harbour Authority", claims.get(0).getSpeakerOrganization());
    }

    @Test
    void aPersonReportingSomeoneElsesWordsMakesAClaimOfTheirOwn() {
        List<Claim> claims = claims("Paula Green says Tom Baker promised to keep the harbour open.");
        assertTrue(claims.stream().anyMatch(c -> "Paula Green".equals(c.getSpeaker())
                && c.getContent().startsWith("Tom Baker promised")), claims.toString());
        assertTrue(claims.stream().anyMatch(c -> "Tom Baker".equals(c.getSpeaker())
                && c.getContent().equals("to keep the harbour open")), claims.toString());
        List<Claim> agency = claims("The Harbour Gazette reported that Tom Baker promised to keep the harbour open.");
        assertTrue(agency.stream().noneMatch(c -> c.getSpeakerText() != null
                && c.getSpeakerText().contains("Gazette")), "a paper only carries the words: " + agency);
    }

    @Test
    void aCueInSAfterAQuantifiedModifierIsAPluralNoun() {
        List<Claim> charges = claims("Any criminal charges might follow the audit of the harbour accounts.");
        assertTrue(charges.isEmpty(), charges.toString());
        List<Claim> claims = claims("The auditors rejected several legal claims as groundless in their report.");
        assertTrue(claims.stream().noneMatch(c -> "claims".equals(c.getCue())), claims.toString());
        List<Claim> verb = claims("The harbour master claims the tolls will double by spring.");
        assertEquals(1, verb.size(), verb.toString());
        List<Claim> average = claims("The average of the ferry surveys over the past two weeks shows the tolls "
                + "doubling by spring.");
        assertEquals(1, average.size(), "a quantified plural noun before the verb: " + average);
    }

    @Test
    void adverbsBetweenSubjectAndVerbAreSkipped() {
        List<Claim> truly = claims("Mayor Paula Green truly believed the harbour tolls would double by spring.");
        assertEquals(1, truly.size(), truly.toString());
        assertEquals("Paula Green", truly.get(0).getSpeaker());
        List<Claim> sharply = claims("Mayor Paula Green has sharply criticized the new harbour tolls.");
        assertEquals(1, sharply.size(), sharply.toString());
        assertEquals("Paula Green", sharply.get(0).getSpeaker());
    }

    @Test
    void aShortPrepositionalAsideBetweenSubjectAndVerbIsSkipped() {
        List<Claim> claims = claims("Mayor Paula Green, in particular, has criticized the new harbour tolls.");
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("Paula Green", claims.get(0).getSpeaker());
        List<Claim> members = claims("Several harbour pilots, including Tom Baker, said the tolls would double.");
        assertEquals(1, members.size(), members.toString());
        assertEquals("Tom Baker", members.get(0).getSpeaker(), "a phrase naming members is not an aside");
    }

    @Test
    void aPartOfAGroupIsTheSpeakerNotTheGroup() {
        List<Claim> percent = claims("In the harbour survey, 44 percent of registered voters said the tolls were "
                + "too high.");
        assertEquals(1, percent.size(), percent.toString());
        assertEquals("44 percent of registered voters", percent.get(0).getSpeakerText());
        List<Claim> part = claims("Nearly eight of 10 ferry users say the tolls are too high.");
        assertEquals(1, part.size(), part.toString());
        assertEquals("eight of 10 ferry users", part.get(0).getSpeakerText());
        List<Claim> many = claims("Many of the island's pilots said the tolls were too high.");
        assertEquals(1, many.size(), many.toString());
        assertEquals("Many of the island's pilots", many.get(0).getSpeakerText());
        List<Claim> one = claims("One of the ferry pilots told the council the timetable was unsafe.");
        assertEquals(1, one.size(), one.toString());
        assertEquals("One of the ferry pilots", one.get(0).getSpeakerText());
    }

    @Test
    void anOrganisationNamedAsSpeakerOfAVerbOfSpeechKeepsItsClaim() {
        List<Claim> claims = claims("The Harbour Authority said Tom Baker promised to keep the harbour open.");
        assertTrue(claims.stream().anyMatch(c -> c.getSpeaker() != null && c.getSpeaker().contains("Harbour Authority")
                && c.getContent().startsWith("Tom Baker promised")), claims.toString());
        assertTrue(claims.stream().anyMatch(c -> "Tom Baker".equals(c.getSpeaker())), claims.toString());
    }

    @Test
    void aNameOpeningTheSentenceSpeaksAcrossItsAppositives() {
        List<Claim> relative = claims("Paula Green, a former harbour pilot who sailed to Oban in 2011, said the tolls "
                + "would double by spring.");
        assertEquals(1, relative.size(), relative.toString());
        assertEquals("Paula Green", relative.get(0).getSpeaker());
        List<Claim> age = claims("Tom Baker, 54, told reporters the ferry would sail on time.");
        assertEquals(1, age.size(), age.toString());
        assertEquals("Tom Baker", age.get(0).getSpeaker());
        List<Claim> two = claims("Tom Baker, the mayor of Oban, a town on the coast, said Glasgow's ferry plan, now "
                + "in its third year, had failed.");
        assertEquals(1, two.size(), two.toString());
        assertEquals("Tom Baker", two.get(0).getSpeaker(), "a name after the verb is no inverted speaker here");
        assertTrue(two.get(0).getContent().startsWith("Glasgow's ferry plan"), two.toString());
        List<Claim> place = claims("In Oban, the harbour master said the ferry would sail on time.");
        assertEquals(1, place.size(), place.toString());
        assertEquals("the harbour master", place.get(0).getSpeakerText(), "a place before a comma is no speaker");
    }

    @Test
    void aQuestionQuoteEndingTheSentenceBeforeIsSaidByTheAttributionAfterIt() {
        List<Claim> named = claims("“Will the ferry ever sail again?” Tom Baker asked. “Nobody knows.”");
        assertTrue(named.stream().anyMatch(c -> "Tom Baker".equals(c.getSpeaker())
                && c.getContent().equals("Will the ferry ever sail again?") && c.getQuoted()), named.toString());
        List<Claim> pronoun = claims("Paula Green met the harbour workers on Friday. “Why would we pay so much more?” "
                + "she said, and the workers left.");
        assertTrue(pronoun.stream().anyMatch(c -> "Paula Green".equals(c.getSpeaker())
                && c.getContent().equals("Why would we pay so much more?")), pronoun.toString());
        List<Claim> inverted = claims("“Who could have known the harbour would close so soon?” said Paula Green.");
        assertTrue(inverted.stream().anyMatch(c -> "Paula Green".equals(c.getSpeaker())
                && c.getContent().startsWith("Who could have known")), inverted.toString());
        List<Claim> separate = claims("“Who could have known the harbour would close so soon?”\n\nTom Baker said the "
                + "tolls would double.");
        assertTrue(separate.stream().noneMatch(c -> c.getContent().startsWith("Who could")), separate.toString());
    }

    @Test
    void aPartyLabelEndingInAnAbbreviationDoesNotEndTheSentence() {
        List<Claim> claims = claims("Rep. Paula Green (D-Ore.) said the harbour tolls would double by spring.");
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("Paula Green", claims.get(0).getSpeaker());
        assertEquals("the harbour tolls would double by spring", claims.get(0).getContent());
    }

    @Test
    void aQuotedTitleInsideTheSentenceIsNotWhatTheSubjectSaid() {
        List<Claim> claims = claims("In an interview on the harbour channel's “Morning Tide Show,” Mayor Paula Green said "
                + "the tolls would double by spring.");
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("Paula Green", claims.get(0).getSpeaker());
        assertEquals("the tolls would double by spring", claims.get(0).getContent());
        List<Claim> quote = claims("“The tolls will double by spring,” Mayor Paula Green said.");
        assertEquals("The tolls will double by spring", quote.get(0).getContent(), quote.toString());
    }

    @Test
    void aCueJoinedByAHyphenToTheWordBeforeIsAnAdjective() {
        List<Claim> claims = claims("The harbour board cut the so-called peak tolls for the ferry workers last spring.");
        assertTrue(claims.isEmpty(), claims.toString());
        List<Claim> described = claims("Tom Baker, a self-described harbour rat, said the tolls would double by spring.");
        assertEquals(1, described.size(), described.toString());
        assertEquals("said", described.get(0).getCue());
    }

    @Test
    void aCueInsideAQuotedPhraseIsNotAReportingVerbOfTheText() {
        List<Claim> claims = claims("Tom Baker said he was “firmly opposed” to the tolls and warned the harbour board "
                + "against further increases.");
        assertTrue(claims.stream().noneMatch(c -> "opposed".equals(c.getCue())), claims.toString());
        assertTrue(claims.stream().anyMatch(c -> "warned".equals(c.getCue()) && "Tom Baker".equals(c.getSpeaker())),
                claims.toString());
    }

    @Test
    void whichAsSubjectSpeaksForTheOrganisationNamedRightBeforeIt() {
        List<Claim> claims = claims("The tolls were questioned by the Harbour Authority, which first reported the "
                + "losses in the spring.");
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("reported", claims.get(0).getCue());
        assertTrue(claims.get(0).getSpeaker() != null && claims.get(0).getSpeaker().contains("Harbour Authority"),
                claims.toString());
        List<Claim> outer = claims("Tom Baker said he gave the accounts to the Harbour Authority, which first "
                + "reported the losses.");
        assertTrue(outer.stream().anyMatch(c -> "said".equals(c.getCue()) && "Tom Baker".equals(c.getSpeaker())),
                "a relative clause inside a claim leaves the claim: " + outer);
    }

    @Test
    void participlesOfTheParsesCuesAreReadInAParticipleClauseOrAProgressive() {
        List<Claim> citing = claims("Tom Baker said the ferry would sail on Monday, citing the calm forecast for the "
                + "harbour.");
        assertTrue(citing.stream().anyMatch(c -> "citing".equals(c.getCue()) && "Tom Baker".equals(c.getSpeaker())
                && c.getContent().equals("the calm forecast for the harbour")), citing.toString());
        List<Claim> progressive = claims("Mayor Paula Green is promising lower tolls for the ferry workers.");
        assertEquals(1, progressive.size(), progressive.toString());
        assertEquals("Paula Green", progressive.get(0).getSpeaker());
        List<Claim> adjective = claims("The promising results of the harbour survey surprised the board.");
        assertTrue(adjective.isEmpty(), adjective.toString());
    }

    @Test
    void anIndefinitePronounIsKeptAsADescriptionOfNoOneInParticular() {
        List<Claim> someone = claims("Paula Green spoke at the harbour. Someone asked whether the tolls would fall.");
        assertEquals(1, someone.size(), someone.toString());
        assertEquals("Someone", someone.get(0).getSpeakerText());
        assertEquals(SpeakerKind.DESCRIPTION, someone.get(0).getSpeakerKind());
        assertEquals(null, someone.get(0).getSpeaker(), "not Paula Green");
        List<Claim> noOne = claims("No one expected the tolls to fall by spring.");
        assertEquals(1, noOne.size(), noOne.toString());
        assertEquals("No one", noOne.get(0).getSpeakerText());
        assertEquals(SpeakerKind.DESCRIPTION, noOne.get(0).getSpeakerKind());
    }

    @Test
    void aQuoteEndingInANestedQuoteIsSaidByTheSpeakerAfterIt() {
        List<Claim> claims = claims("“You told us ‘the tolls are fair and the ferries are full,’” Paula Green said.");
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("Paula Green", claims.get(0).getSpeaker());
        assertTrue(claims.get(0).getContent().startsWith("You told us"), claims.toString());
    }

    @Test
    void panelsMediaAndWebsitesCanSpeak() {
        for (String subject : List.of("An appeals panel", "The local media",
                "The harbour website")) {
            List<Claim> claims = claims(subject + " warned that the tolls would double by spring.");
            assertEquals(1, claims.size(), claims.toString());
            assertEquals(subject, claims.get(0).getSpeakerText());
            assertEquals(SpeakerKind.DESCRIPTION, claims.get(0).getSpeakerKind(), claims.toString());
        }
    }

    @Test
    void aClosingMarkOpeningAParagraphOpensAQuote() {
        List<Claim> claims = claims("What the harbour workers said.\n\n”The tolls are too high for the ferry workers.” "
                + "― Tom Baker\n\n“The ferries are always late.” ― Paula Green");
        assertTrue(claims.stream().anyMatch(c -> "Tom Baker".equals(c.getSpeaker())
                && c.getContent().equals("The tolls are too high for the ferry workers.")), claims.toString());
    }

    @Test
    void continuedNextToAQuoteReportsSpeech() {
        List<Claim> before = claims("Paula Green spoke to the workers. “The tolls are far too high,” she continued.");
        assertEquals(1, before.size(), before.toString());
        assertEquals("Paula Green", before.get(0).getSpeaker());
        assertEquals("The tolls are far too high", before.get(0).getContent());
        List<Claim> after = claims("Paula Green continued, “The ferries are always late.”");
        assertEquals(1, after.size(), after.toString());
        assertEquals("The ferries are always late", after.get(0).getContent());
        assertTrue(claims("The ferry talks continued, and the workers left the harbour at noon.").isEmpty());
    }

    @Test
    void aQuoteSignedWithADashByCapitalisedWordsTheTaggerMissedIsSignedByThatName() {
        List<Claim> claims = claims("What the harbour workers said.\n\n“The tolls are too high for the ferry workers.” "
                + "― Ixtla Wuhzapo.\n\n“The ferries are always late.” ― Tom Baker");
        assertTrue(claims.stream().anyMatch(c -> "Ixtla Wuhzapo".equals(c.getSpeakerText())
                && c.getSpeakerKind() == SpeakerKind.NAME
                && c.getContent().equals("The tolls are too high for the ferry workers.")), claims.toString());
    }

    @Test
    void aHeadlineOpeningWithACapitalisedLabelAndAColonIsTheLabelsClaim() {
        List<Claim> study = claims("Study: Harbour Tolls Too High for Ferry Workers.\n\nThe tolls were raised in May.");
        assertTrue(study.stream().anyMatch(c -> "Study".equals(c.getSpeakerText())
                && c.getSpeakerKind() == SpeakerKind.DESCRIPTION
                && c.getContent().startsWith("Harbour Tolls Too High")), study.toString());
        List<Claim> site = claims("Harbourwatch: Ferry Tolls Will Double by Spring.\n\nThe tolls were raised in May.");
        assertTrue(site.stream().anyMatch(c -> "Harbourwatch".equals(c.getSpeakerText())
                && c.getSpeakerKind() == SpeakerKind.NAME), site.toString());
        List<Claim> latest = claims("The Latest: Ferry Tolls Will Double by Spring.\n\nThe tolls were raised in May.");
        assertTrue(latest.isEmpty(), latest.toString());
        List<Claim> later = claims("The tolls were raised in May. Harbourwatch: Ferry Tolls Will Double by Spring.");
        assertTrue(later.isEmpty(), "only a headline: " + later);
    }

    @Test
    void aParticipleClauseIsSaidByTheSubjectAfterAnIntroductoryPhrase() {
        List<Claim> claims = claims("During a long speech in the harbour town, Paula Green attacked the board, saying the "
                + "tolls were far too high.");
        assertTrue(claims.stream().anyMatch(c -> "saying".equals(c.getCue()) && "Paula Green".equals(c.getSpeaker())
                && c.getContent().equals("the tolls were far too high")), claims.toString());
    }

    @Test
    void aCoordinatedVerbIsSaidByTheNameOpeningTheSentenceAcrossItsAppositive() {
        List<Claim> claims = claims("Paula Green, the harbour master, toured the flooded docks and said the tolls would "
                + "double by spring.");
        assertTrue(claims.stream().anyMatch(c -> "said".equals(c.getCue()) && "Paula Green".equals(c.getSpeaker())
                && c.getContent().equals("the tolls would double by spring")), claims.toString());
    }

    @Test
    void calledAfterAnIndefiniteNounInsideAPrepositionalPhraseNamesIt() {
        List<Claim> claims = claims("The board asked whether the leader of a harbour group called Tidewatch belongs on "
                + "the list.");
        assertTrue(claims.stream().noneMatch(c -> "called".equals(c.getCue())), claims.toString());
        List<Claim> groups = claims("Several harbour groups warned that the tolls would double by spring.");
        assertEquals(SpeakerKind.DESCRIPTION, groups.get(0).getSpeakerKind(), groups.toString());
    }

    @Test
    void aPercentageAsSubjectIsADescriptionOfThePeopleItCounts() {
        for (String subject : List.of("58 percent", "Another 17 percent", "Eleven percent")) {
            List<Claim> claims = claims("The ferry users were asked about the tolls. " + subject
                    + " said that the tolls were too high.");
            assertEquals(1, claims.size(), claims.toString());
            assertEquals(subject, claims.get(0).getSpeakerText());
            assertEquals(SpeakerKind.DESCRIPTION, claims.get(0).getSpeakerKind(), claims.toString());
        }
    }

    @Test
    void aCapitalisedVerbOfSpeechInATitleCaseHeadlineReportsSpeech() {
        List<Claim> inverted = claims("Ferry Tolls Will Double by Spring, Mayor Paula Green Says.\n\n"
                + "The tolls were raised in May.");
        assertTrue(inverted.stream().anyMatch(c -> "Paula Green".equals(c.getSpeaker())
                && c.getContent().equals("Ferry Tolls Will Double by Spring")), inverted.toString());
        List<Claim> subject = claims("Mayor Paula Green Says Ferry Tolls Will Double by Spring.\n\n"
                + "The tolls were raised in May.");
        assertTrue(subject.stream().anyMatch(c -> "Paula Green".equals(c.getSpeaker())
                && c.getContent().startsWith("Ferry Tolls Will Double")), subject.toString());
        List<Claim> plans = claims("Mayor Paula Green Plans Ferry Rally in the Harbour.\n\nThe tolls were raised.");
        assertTrue(plans.isEmpty(), "a capitalised word that may be a noun is no cue: " + plans);
        List<Claim> later = claims("The tolls were raised in May. The Harbour Notice Says Nothing New About Tolls.");
        assertTrue(later.isEmpty(), "only in a headline: " + later);
    }

    @Test
    void theSubjectIsTheNounPhraseBeforeItsPrepositionalPhrases() {
        List<Claim> experts = claims("Experts on harbour policy and ferry safety said the new tolls would hurt workers.");
        assertEquals(1, experts.size(), experts.toString());
        assertEquals("Experts", experts.get(0).getSpeakerText());
        assertEquals(SpeakerKind.DESCRIPTION, experts.get(0).getSpeakerKind());
        List<Claim> rally = claims("Tom Baker at a rally in Oban said the tolls would double by spring.");
        assertEquals(1, rally.size(), rally.toString());
        assertEquals("Tom Baker", rally.get(0).getSpeaker());
        List<Claim> supporters = claims("Several supporters of Paula Green said the tolls would double by spring.");
        assertEquals(1, supporters.size(), supporters.toString());
        assertEquals("Several supporters", supporters.get(0).getSpeakerText());
        assertEquals(null, supporters.get(0).getSpeaker(), "the people named after the preposition do not speak");
    }

    @Test
    void aThatEndingTheClauseIsNotItsComplementiser() {
        List<Claim> end = claims("Paula Green said the new tolls would alter that.");
        assertEquals(1, end.size(), end.toString());
        assertEquals("the new tolls would alter that", end.get(0).getContent());
        List<Claim> aside = claims("Paula Green said that, if elected, she would cut the tolls.");
        assertTrue(aside.get(0).getContent().endsWith("if elected, she would cut the tolls"),
                "a complementiser before a comma: " + aside);
        List<Claim> told = claims("Paula Green told reporters in Oban on Friday that the tolls would double.");
        assertEquals("the tolls would double", told.get(0).getContent());
    }

    @Test
    void aNounThatSpeaksOpeningTheSentenceIsNoPartOfTheNameAfterIt() {
        List<Claim> critics = claims("Critics of Paula Green said the tolls would double by spring.");
        assertEquals(1, critics.size(), critics.toString());
        assertEquals("Critics", critics.get(0).getSpeakerText());
        assertEquals(SpeakerKind.DESCRIPTION, critics.get(0).getSpeakerKind());
        List<Claim> experts = claims("Experts on East Timor and ferry safety said the tolls would double by spring.");
        assertEquals("Experts", experts.get(0).getSpeakerText(), experts.toString());
        List<Claim> title = claims("Secretary of State Paula Green said the tolls would double by spring.");
        assertEquals("Paula Green", title.get(0).getSpeaker(), "a title opening the sentence stays one: " + title);
    }

    @Test
    void aParticipleAndItsPrepositionalPhraseAfterTheSubjectAreSkipped() {
        List<Claim> poll = claims("A harbour poll conducted in early June found that most workers opposed the tolls.");
        assertTrue(poll.stream().anyMatch(c -> "A harbour poll".equals(c.getSpeakerText())
                && c.getContent().equals("most workers opposed the tolls")), poll.toString());
        List<Claim> people = claims("Several workers involved in the ferry talks assumed that the tolls would double.");
        assertEquals("Several workers", people.get(0).getSpeakerText(), people.toString());
        List<Claim> workers = claims("Ferry workers employed at the harbour said the tolls would double.");
        assertEquals("Ferry workers", workers.get(0).getSpeakerText(), workers.toString());
    }

    @Test
    void theMonthMayBeforeAReportingVerbIsATimeNotAModal() {
        List<Claim> poll = claims("A harbour poll published in early May found that most workers opposed the tolls.");
        assertTrue(poll.stream().anyMatch(c -> "A harbour poll".equals(c.getSpeakerText())
                && c.getContent().equals("most workers opposed the tolls")), poll.toString());
        List<Claim> date = claims("Paula Green on May 4 said the ferries would run again.");
        assertTrue(date.stream().anyMatch(c -> "Paula Green".equals(c.getSpeaker())
                && c.getContent().equals("the ferries would run again")), date.toString());
        List<Claim> modal = claims("Paula Green may say the ferries will run again.");
        assertTrue(modal.stream().noneMatch(c -> c.getContent().startsWith("May")), modal.toString());
    }

    @Test
    void theyIsTheLatestPartyWhoseMembersWereTheSubject() {
        List<Claim> claims = claims("Democrats criticized the harbour tolls on Monday. They said the tolls would "
                + "hurt ferry workers.");
        assertTrue(claims.stream().anyMatch(c -> "They".equals(c.getSpeakerText())
                && "Democrats".equals(c.getSpeaker())), claims.toString());
        List<Claim> singular = claims("Democrats criticized the harbour tolls on Monday. It said the tolls would "
                + "hurt ferry workers.");
        assertTrue(singular.stream().noneMatch(c -> "It".equals(c.getSpeakerText())
                && "Democrats".equals(c.getSpeaker())), singular.toString());
    }

    @Test
    void theyIsTwoPeopleNamedTogetherJustBefore() {
        List<Claim> claims = claims("But Mr. Baker and Ms. Green criticized the harbour tolls on Monday. The new "
                + "ferries are late, they said.");
        assertTrue(claims.stream().anyMatch(c -> "they".equals(c.getSpeakerText())
                && c.getSpeaker() != null && c.getSpeaker().contains("Baker")), claims.toString());
        List<Claim> aside = claims("The mayor faced pilots such as Tom Baker, a union leader, and Paula Green, now "
                + "saying they want the tolls cut.");
        assertTrue(aside.stream().anyMatch(c -> "they".equals(c.getSpeakerText())
                && "Tom Baker".equals(c.getSpeaker())), aside.toString());
        List<Claim> far = claims("The mayor met Tom Baker and Paula Green on Monday. The ferries were late again. "
                + "The tolls rose in the spring. The new ferries are late, they said.");
        assertTrue(far.stream().noneMatch(c -> "they".equals(c.getSpeakerText()) && c.getSpeaker() != null),
                "named together too far back: " + far);
    }

    @Test
    void theyAfterAnOrganisationThatMetPeopleIsThosePeople() {
        List<Claim> claims = claims("The Harbour Authority interviewed more than 20 ferry pilots. They said the tolls "
                + "were too high.");
        assertTrue(claims.stream().noneMatch(c -> "They".equals(c.getSpeakerText()) && c.getSpeaker() != null),
                claims.toString());
    }

    @Test
    void itIsTheLatestCountryThatSpokeOrOpenedTheSentence() {
        List<Claim> claims = claims("Norway cancelled the ferry deal on Monday. It said the tolls were too high.");
        assertTrue(claims.stream().anyMatch(c -> "It".equals(c.getSpeakerText())
                && "Norway".equals(c.getSpeaker())), claims.toString());
    }

    @Test
    void itAfterAQuoteIsTheOrganisationThatSpokeBefore() {
        List<Claim> claims = claims("“The tolls will double by spring,” the Harbour Authority wrote on Monday. "
                + "“The ferries will run again by May,” it added.");
        assertTrue(claims.stream().anyMatch(c -> "it".equals(c.getSpeakerText()) && c.getSpeaker() != null
                && c.getSpeaker().contains("Harbour Authority")), claims.toString());
        List<Claim> person = claims("Tom Baker criticized the tolls on Monday. “The ferries will run again by May,” "
                + "it added.");
        assertTrue(person.stream().noneMatch(c -> "it".equals(c.getSpeakerText()) && c.getSpeaker() != null),
                "“it” is no person: " + person);
    }

    @Test
    void theOwnerOfTheSubjectIsNotTheSubject() {
        List<Claim> claims = claims("Tom Baker's deputy, John Smith, faced questions about the tolls on Friday. "
                + "“The ferries will run again by May,” he said.");
        assertEquals("John Smith", claims.get(claims.size() - 1).getSpeaker(), claims.toString());
        List<Claim> plan = claims("Tom Baker's plan angered John Smith on Friday. “The ferries will run again by May,” "
                + "he said.");
        assertEquals("Tom Baker", plan.get(plan.size() - 1).getSpeaker(), "a plan is no person: " + plan);
    }

    @Test
    void aCoordinatedVerbIsSaidByTheNameOpeningTheSentenceAcrossAnAside() {
        List<Claim> like = claims("Liberal candidate Paula Green, like the governor, has visited the ferry workers but has insisted "
                + "that the tolls must fall.");
        assertEquals(1, like.size(), like.toString());
        assertEquals("Paula Green", like.get(0).getSpeaker());
        List<Claim> verb = claims("Mayor Paula Green, like the governor, has criticized the ferry operators.");
        assertEquals("Paula Green", verb.get(0).getSpeaker(), "a comparison after one person: " + verb);
        List<Claim> members = claims("Harbour unions, like the Dockers Guild, have criticized the ferry operators.");
        assertTrue(members.isEmpty() || !"Harbour unions".equals(members.get(0).getSpeakerText())
                || members.get(0).getSpeaker() == null, members.toString());
        List<Claim> aside = claims("Mayor Paula Green, in particular, visited the ferry workers and said she will keep "
                + "the tolls low.");
        assertEquals("Paula Green", aside.get(0).getSpeaker(), aside.toString());
    }

    @Test
    void aContractedIsOrHasAfterAPronounIsAnAuxiliary() {
        List<Claim> claims = claims("Mayor Paula Green spoke to the ferry workers. She’s insisting that the tolls will "
                + "double by spring.");
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("Paula Green", claims.get(0).getSpeaker());
        assertEquals("the tolls will double by spring", claims.get(0).getContent());
        List<Claim> ascii = claims("Mayor Paula Green spoke to the ferry workers. She's arguing that the tolls will "
                + "double.");
        assertEquals("Paula Green", ascii.get(0).getSpeaker(), ascii.toString());
    }

    @Test
    void aPassiveAcrossAnAdverbIsNoClaim() {
        List<Claim> asked = claims("Mayor Paula Green was once asked whether the harbour tolls would double.");
        assertTrue(asked.isEmpty(), asked.toString());
        List<Claim> criticized = claims("Mayor Paula Green has been harshly criticized for tolls that ferry workers "
                + "see as unfair.");
        assertTrue(criticized.isEmpty(), criticized.toString());
        List<Claim> active = claims("Mayor Paula Green has also said that the harbour tolls will double.");
        assertEquals(1, active.size(), active.toString());
        assertEquals("Paula Green", active.get(0).getSpeaker());
    }

    @Test
    void aShortQuoteOpeningTheSentenceIsWhatItsAttributionSaid() {
        List<Claim> claims = claims("The ferry workers cheered at the harbour.\n\n“I would,” Paula Green said to the "
                + "crowd.\n\nThe workers left.");
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("Paula Green", claims.get(0).getSpeaker());
        assertEquals("I would", claims.get(0).getContent());
        assertTrue(claims.get(0).getQuoted());
        List<Claim> split = claims("“My hope,” Paula Green said, “is that the harbour tolls will fall by spring.”");
        assertEquals(1, split.size(), split.toString());
        assertEquals("is that the harbour tolls will fall by spring", split.get(0).getContent(),
                "the rest of a quote split by its attribution is what was said");
        List<Claim> phrase = claims("The tolls were “too high,” Paula Green said on Tuesday.");
        assertTrue(phrase.stream().noneMatch(c -> c.getContent().equals("too high")), phrase.toString());
    }

    @Test
    void aBarePluralNationalityIsThePeopleNotTheirCountry() {
        List<Claim> people = claims("Norwegians often say that the harbour tolls are too high.");
        assertEquals(1, people.size(), people.toString());
        assertEquals("Norwegians", people.get(0).getSpeakerText());
        assertEquals(SpeakerKind.NAME, people.get(0).getSpeakerKind());
        assertEquals(null, people.get(0).getSpeaker(), "the people, not Norway's government");
        List<Claim> delegation = claims("The Norwegians said the talks on the ferry had failed.");
        assertEquals("Norway", delegation.get(0).getSpeaker(), delegation.toString());
    }

    @Test
    void aCapitalisedVerbOfBeliefOrFindingInATitleCaseHeadlineIsAVerbToo() {
        List<Claim> reveals = claims("Mayor Paula Green Reveals Secret Deal With Ferry Owners.\n\n"
                + "The tolls were raised in May.");
        assertTrue(reveals.stream().anyMatch(c -> "Paula Green".equals(c.getSpeaker())
                && c.getContent().startsWith("Secret Deal")), reveals.toString());
        List<Claim> sees = claims("Paula Green Sees ‘Grave Danger’ in Harbour Toll Rise.\n\nThe tolls were raised.");
        assertTrue(sees.stream().anyMatch(c -> "Paula Green".equals(c.getSpeaker())), sees.toString());
    }

    @Test
    void aNamesClaimThatIsTheirClaim() {
        List<Claim> claims = claims("The harbour council rejected Paula Green’s claim that the ferry tolls would double "
                + "by spring.").stream().filter(c -> c.getCue().equals("claim")).toList();
        assertEquals(1, claims.size(), claims.toString()); // the council's rejection is a claim of its own
        assertEquals("Paula Green", claims.get(0).getSpeaker());
        assertEquals("the ferry tolls would double by spring", claims.get(0).getContent());
        assertTrue(claims("The harbour council rejected Paula Green’s claim on Monday.").stream()
                .noneMatch(c -> c.getCue().equals("claim")));
    }

    @Test
    void aParticipleClauseIsSaidByTheSubjectAfterAnIntroductionWithAsidesOrOpenedByAParticiple() {
        List<Claim> aside = claims("On Thursday, however, Mayor Paula Green spoke to the ferry workers, promising that "
                + "the harbour tolls would fall by spring.");
        assertTrue(aside.stream().anyMatch(c -> c.getCue().equals("promising")
                && "Paula Green".equals(c.getSpeaker())), aside.toString());
        List<Claim> participle = claims("Alarmed by the protests, as well as by the ferry owners, Mayor Paula Green "
                + "revised her plan, promising that the harbour tolls would fall by spring.");
        assertTrue(participle.stream().anyMatch(c -> c.getCue().equals("promising")
                && "Paula Green".equals(c.getSpeaker())), participle.toString());
    }

    @Test
    void aParticipleFollowedByItsAgentIsAPassiveNoClaim() {
        List<Claim> backed = claims("A harbour fund backed by the Dockers Guild bought the old ferry on Monday.");
        assertTrue(backed.stream().noneMatch(c -> c.getCue().equals("backed")), backed.toString());
        List<Claim> phone = claims("Mayor Paula Green said by telephone that the harbour tolls would double.");
        assertEquals(1, phone.size(), phone.toString());
        assertEquals("the harbour tolls would double", phone.get(0).getContent());
    }

    @Test
    void aParticipleClauseIsSaidByADescriptionOpeningTheSentence() {
        List<Claim> groups = claims("In a letter on Monday, several harbour unions asked the mayor for talks, saying "
                + "that the tolls would ruin the ferry trade.");
        assertTrue(groups.stream().anyMatch(c -> c.getCue().equals("saying")
                && "several harbour unions".equals(c.getSpeakerText())), groups.toString());
        List<Claim> modifier = claims("The union leaders met the mayor on Monday, warning that the tolls would ruin the "
                + "ferry trade.");
        assertTrue(modifier.stream().anyMatch(c -> c.getCue().equals("warning")
                && "The union leaders".equals(c.getSpeakerText())), modifier.toString());
    }

    @Test
    void theSubjectIsTheNounARelativeClauseDescribesNotTheClausesObject() {
        List<Claim> officials = claims("Harbour officials who reviewed the ferry report said the tolls would double.");
        assertEquals(1, officials.size(), officials.toString());
        assertEquals("Harbour officials", officials.get(0).getSpeakerText());
        List<Claim> pilots = claims("Two pilots who attended the meeting told reporters that the ferry was unsafe.");
        assertEquals("Two pilots", pilots.get(0).getSpeakerText(), pilots.toString());
        List<Claim> auxiliary = claims("Ferry companies that had insured the old harbour agreed to pay for the repairs.");
        assertEquals("Ferry companies", auxiliary.get(0).getSpeakerText(), auxiliary.toString());
        List<Claim> named = claims("Paula Green, who chairs the harbour board, said the tolls would double.");
        assertEquals("Paula Green", named.get(0).getSpeaker(), named.toString());
    }

    @Test
    void hePrefersARecentSubjectWhoseGenderIsOpenToAManOnlyMentioned() {
        List<Claim> claims = claims("Quinn Harlow said the ferry talks would be hard. Mayor Anna Berg agreed on Monday. "
                + "The talks could favour loyalists to Paul Stone and Mark Dunn. That is why, he argued, the harbour "
                + "board should be ready.");
        assertTrue(claims.stream().anyMatch(c -> c.getCue().equals("argued")
                && "Quinn Harlow".equals(c.getSpeaker())), claims.toString());
    }

    @Test
    void aShortQuestionThatIsAWholeSentenceIsSaidByTheAttributionAfterIt() {
        List<Claim> claims = claims("Mayor Paula Green watched the ferry race.\n\n“Who’s winning?” she asked, but the "
                + "crowd was cheering too loudly to hear her.");
        assertTrue(claims.stream().anyMatch(c -> c.getContent().equals("Who’s winning?")
                && "Paula Green".equals(c.getSpeaker())), claims.toString());
    }

    @Test
    void peopleCloseToSomeoneSpeakNotThePersonTheyAreCloseTo() {
        List<Claim> people = claims("People close to Paula Green said the harbour tolls would rise.");
        assertEquals(1, people.size(), people.toString());
        assertEquals("People", people.get(0).getSpeakerText());
        assertEquals(null, people.get(0).getSpeaker());
        List<Claim> source = claims("A source close to the harbour board said the tolls would rise.");
        assertEquals("A source", source.get(0).getSpeakerText(), source.toString());
    }

    @Test
    void othersInAGroupSpeakNotTheGroup() {
        List<Claim> claims = claims("Others in the harbour union have opposed the new ferry tolls.");
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("Others", claims.get(0).getSpeakerText());
    }

    @Test
    void aVerbThatNeedsItsObjectBeforeItsPrepositionIsAPassiveWithout() {
        List<Claim> accused = claims("Mayor Paula Green defended ferry pilots accused of smuggling in the harbour.");
        assertTrue(accused.stream().noneMatch(c -> c.getCue().equals("accused")), accused.toString());
        List<Claim> active = claims("Mayor Paula Green accused the ferry owners of raising the tolls.");
        assertTrue(active.stream().anyMatch(c -> c.getCue().equals("accused")
                && "Paula Green".equals(c.getSpeaker())), active.toString());
    }

    @Test
    void aCueInSRightAfterAVerbAPrepositionANumberOrAnOwnerIsANoun() {
        List<Claim> announced = claims("Mayor Paula Green announced plans to double the harbour tolls by spring.");
        assertTrue(announced.stream().noneMatch(c -> c.getCue().equals("plans")), announced.toString());
        List<Claim> giving = claims("The ferry law ends the old levy, giving states more money for the harbours.");
        assertTrue(giving.stream().noneMatch(c -> c.getCue().equals("states")), giving.toString());
        List<Claim> preposition = claims("The tolls will hurt the ferry towns of states that rely on the harbour.");
        assertTrue(preposition.stream().noneMatch(c -> c.getCue().equals("states")), preposition.toString());
        List<Claim> number = claims("Hackers attacked the ferry systems of 20 states in recent months.");
        assertTrue(number.stream().noneMatch(c -> c.getCue().equals("states")), number.toString());
        List<Claim> owned = claims("The council studied Mayor Paula Green's toll plans to double the harbour fees.");
        assertTrue(owned.stream().noneMatch(c -> c.getCue().equals("plans")), owned.toString());
        List<Claim> report = claims("The harbour board's annual report states that the tolls will double.");
        assertTrue(report.stream().anyMatch(c -> c.getCue().equals("states")), report.toString());
        List<Claim> something = claims("Something tells me the harbour tolls will double.");
        assertTrue(something.stream().anyMatch(c -> c.getCue().equals("tells")), something.toString());
    }

    @Test
    void aParticiplePhraseOpeningTheSentenceIsSaidByTheSubjectAfterIt() {
        List<Claim> claims = claims("Citing a new survey of ferry users, Mayor Paula Green raised the harbour tolls on "
                + "Monday.");
        assertTrue(claims.stream().anyMatch(c -> c.getCue().equals("citing") && "Paula Green".equals(c.getSpeaker())
                && c.getContent().equals("a new survey of ferry users")), claims.toString());
        List<Claim> circumstance = claims("Writing for the Harbour Gazette, Paula Green praised the ferry crews.");
        assertTrue(circumstance.stream().noneMatch(c -> c.getCue().equals("writing")), circumstance.toString());
    }

    @Test
    void asSomeonePutItReportsWhatTheySaid() {
        List<Claim> claims = claims("As Paula Green put it in a letter to the council, the ferry tolls are far too "
                + "high.");
        assertTrue(claims.stream().anyMatch(c -> c.getCue().equals("put it") && "Paula Green".equals(c.getSpeaker())
                && c.getContent().endsWith("the ferry tolls are far too high")), claims.toString());
        List<Claim> placed = claims("Paula Green put it on the table before the vote on the tolls.");
        assertTrue(placed.isEmpty(), "putting a thing somewhere says nothing: " + placed);
        List<Claim> held = claims("Paula Green put it to the council that the tolls were too high.");
        assertTrue(held.stream().noneMatch(c -> c.getCue().equals("put it")), held.toString());
    }

    @Test
    void aClauseBeforeAsSomeoneSaidIsWhatTheySaid() {
        List<Claim> claims = claims("The ferry tolls went up after the vote, as Paula Green said.");
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("Paula Green", claims.get(0).getSpeaker());
        assertEquals("The ferry tolls went up after the vote", claims.get(0).getContent());
        List<Claim> memo = claims("The harbour needs a second ferry, as a council memo put it.");
        assertEquals(1, memo.size(), memo.toString());
        assertEquals("The harbour needs a second ferry", memo.get(0).getContent());
    }

    @Test
    void aCueInSAfterANationalityOrPartyAdjectiveAfterAPrepositionIsANoun() {
        List<Claim> claims = claims("The fact checkers rated 30 percent of Republican claims as false last year.");
        assertTrue(claims.stream().noneMatch(c -> c.getCue().equals("claims")), claims.toString());
        List<Claim> states = claims("The ferry runs to most of the Canadian states and provinces each week.");
        assertTrue(states.stream().noneMatch(c -> c.getCue().equals("states")), states.toString());
        List<Claim> party = claims("The Republican says the harbour tolls are far too high.");
        assertTrue(party.stream().anyMatch(c -> c.getCue().equals("says")), party.toString());
        List<Claim> title = claims("The harbour board's Annual Review on Shipping says the tolls will double.");
        assertTrue(title.stream().anyMatch(c -> c.getCue().equals("says")), "a title's last word: " + title);
    }

    @Test
    void aBaseFormOfAReportingVerbRightAfterAPluralSubjectIsAClaim() {
        List<Claim> claims = claims("Harbour economists worry that the new tolls will empty the island.");
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("Harbour economists", claims.get(0).getSpeakerText());
        assertEquals(SpeakerKind.DESCRIPTION, claims.get(0).getSpeakerKind());
        assertEquals("the new tolls will empty the island", claims.get(0).getContent());
        List<Claim> adverb = claims("Ferry pilots often argue the timetable is unsafe.");
        assertEquals(1, adverb.size(), adverb.toString());
        assertEquals("the timetable is unsafe", adverb.get(0).getContent());
        List<Claim> group = claims("Democrats believe the harbour tolls are far too high.");
        assertEquals(1, group.size(), group.toString());
        assertEquals("Democrats", group.get(0).getSpeakerText());
        assertTrue(claims("Most islanders would argue that the ferry is a lifeline.").isEmpty(),
                "after a modal the subject is not right before the verb");
        assertTrue(claims("The pilots did not believe the figures.").isEmpty(), "nor after an auxiliary");
        assertTrue(claims("Many islanders feel stung after the toll rise.").isEmpty(), "how they feel, not a thought");
        assertTrue(claims("The council plan is to raise the tolls by spring.").isEmpty(),
                "a noun after a singular noun");
        List<Claim> police = claims("The harbour police also fear that the new tolls will bring more protests.");
        assertEquals(1, police.size(), police.toString());
        assertEquals("The harbour police", police.get(0).getSpeakerText());
        List<Claim> share = claims("In the harbour survey, 58 percent believe the tolls are too high.");
        assertEquals(1, share.size(), share.toString());
        assertEquals("58 percent", share.get(0).getSpeakerText());
        List<Claim> clause = claims("In a statement, the union's lawyer, Paula Green, said the videos show Tom Baker "
                + "calmly leaving the ferry.");
        assertEquals(1, clause.size(), clause.toString());
        assertEquals("Paula Green", clause.get(0).getSpeaker(), "the phrase after the verb is a clause, no speaker");
        assertEquals("the videos show Tom Baker calmly leaving the ferry", clause.get(0).getContent());
        List<Claim> reported = claims("Ferry pilots said they want a new timetable, but agreed to sail on Monday.");
        assertTrue(reported.stream().noneMatch(c -> c.getCue().equals("want")), "inside what was said: " + reported);
    }

    @Test
    void aBaseFormOfAReportingVerbAfterDoBeforeAClauseIsAClaimOfTheSubjectBeforeDo() {
        List<Claim> negated = claims("Paula Green runs the ferry to Oban. She doesn't believe that the new tolls will "
                + "last.");
        assertEquals(1, negated.size(), negated.toString());
        assertEquals("believe", negated.get(0).getCue());
        assertEquals("Paula Green", negated.get(0).getSpeaker());
        assertEquals("the new tolls will last", negated.get(0).getContent());
        List<Claim> whether = claims("Tom Baker did not say whether the harbour would close.");
        assertEquals(1, whether.size(), whether.toString());
        assertEquals("Tom Baker", whether.get(0).getSpeaker());
        List<Claim> stressed = claims("Paula Green runs the ferry to Oban. She does think that the tolls are "
                + "unfair.");
        assertEquals(1, stressed.size(), stressed.toString());
        assertEquals("the tolls are unfair", stressed.get(0).getContent());
        assertTrue(claims("Why does she think the tolls are fair?").isEmpty(), "a question: subject after do");
        assertTrue(claims("The pilots did not believe the figures.").isEmpty(), "a thing, not a clause");
    }

    @Test
    void aContractedHasAfterAPersonalPronounBeforeWhatWasSaidIsThePerfectNotAPassive() {
        List<Claim> claims = claims("Paula Green runs the ferry to Oban. She’s argued that the tolls are unfair.");
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("Paula Green", claims.get(0).getSpeaker());
        assertEquals("the tolls are unfair", claims.get(0).getContent());
        assertTrue(claims("Paula Green runs the ferry to Oban. She's called a hero by the pilots.").stream()
                .noneMatch(c -> c.getCue().startsWith("called")), "a passive");
    }

    @Test
    void aParticipleAfterTheVerbThatEndsTheSentenceLeavesWhatWasSaidBeforeIt() {
        List<Claim> claims = claims("Paula Green runs the ferry to Oban. The tolls squeezed the pilots to the "
                + "breaking point to fill the council's coffers, she said, citing the harbour budget.");
        assertTrue(claims.stream().anyMatch(c -> c.getCue().equals("said")
                && c.getContent().equals("The tolls squeezed the pilots to the breaking point to fill the council's "
                + "coffers")), claims.toString());
    }

    @Test
    void aPronounAfterAQuoteIsThePersonOfThatGenderNamedInTheSentenceBeforeRatherThanAnOlderSubject() {
        List<Claim> claims = claims("Tom Baker said the tolls were unfair.\n\nThe ferries ran late all week, a delay "
                + "that angered John Smith, a pilot from Oban.\n\n“It is a disgrace,” he said.");
        assertEquals("John Smith", claims.get(claims.size() - 1).getSpeaker(), claims.toString());
        List<Claim> subject = claims("Tom Baker said the tolls were unfair. He praised John Smith, a pilot from Oban. "
                + "“It is a disgrace,” he said.");
        assertEquals("Tom Baker", subject.get(subject.size() - 1).getSpeaker(),
                "the subject of the sentence before is still the one: " + subject);
        List<Claim> modifier = claims("Tom Baker said the tolls were unfair.\n\nThe ferries ran late all week, a "
                + "delay the John Smith campaign blamed on the council.\n\n“It is a disgrace,” he said.");
        assertEquals("Tom Baker", modifier.get(modifier.size() - 1).getSpeaker(),
                "a name modifying a noun is no person the pronoun may be: " + modifier);
    }

    @Test
    void aSubjectAfterAnOpeningConjunctionIsTheSubject() {
        List<Claim> claims = claims("Tom Baker criticized the plan on Monday. But John Smith defended it on Tuesday. "
                + "He said the tolls were fair.");
        assertEquals("John Smith", claims.get(claims.size() - 1).getSpeaker(), claims.toString());
    }

    @Test
    void aPronounReachesAPersonOnlyMentionedNoFurtherThanTwoSentencesBack() {
        List<Claim> near = claims("Tom Baker praised Mary Jones for her work on the pier. “It is done,” she said.");
        assertEquals("Mary Jones", near.get(near.size() - 1).getSpeaker(), near.toString());
        List<Claim> far = claims("Tom Baker praised Mary Jones for her work on the pier. The ferry was late again. "
                + "The tolls rose in the spring. Tom Baker left early. “It is done,” she said.");
        assertEquals(null, far.get(far.size() - 1).getSpeaker(), far.toString());
    }

    @Test
    void aClauseOfTimeOrReasonAfterAnInvertedAttributionIsNotWhatWasSaid() {
        List<Claim> claims = claims("The new tolls are an insult to all islanders, union leaders said on Friday, as "
                + "they met the mayor.");
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("union leaders", claims.get(0).getSpeakerText());
        assertEquals("The new tolls are an insult to all islanders", claims.get(0).getContent());
    }

    @Test
    void anAppositiveMayOpenWithAPartOfAGroup() {
        List<Claim> claims = claims("“It is a raid on the island's purse,” Tom Baker, the harbour master of Oban, "
                + "one of the towns suing the council, said at a meeting this month.");
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("Tom Baker", claims.get(0).getSpeaker());
        assertEquals("It is a raid on the island's purse", claims.get(0).getContent());
    }

    @Test
    void aStraightMarkAfterPunctuationClosesACurlyQuote() {
        List<Claim> claims = claims("\u201cThe tolls should not be a condition for sailing,\" harbour board "
                + "chairman Tom Baker said in a statement.");
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("Tom Baker", claims.get(0).getSpeaker());
        assertEquals("The tolls should not be a condition for sailing", claims.get(0).getContent());
    }

    @Test
    void theNounAPresentParticipleAndItsObjectFollowIsTheSubject() {
        List<Claim> claims = claims("A union representing ferry crews said the tolls would cost the island its "
                + "winter sailings.");
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("A union", claims.get(0).getSpeakerText());
        assertEquals(SpeakerKind.DESCRIPTION, claims.get(0).getSpeakerKind());
        List<Claim> lawyers = claims("Lawyers representing the harbour board argued that the tolls were lawful.");
        assertEquals("Lawyers", lawyers.get(0).getSpeakerText(), lawyers.toString());
    }

    @Test
    void aBaseFormAfterAPluralSubjectAndItsPrepositionalPhraseIsAClaim() {
        List<Claim> claims = claims("Residents of the island fear that the new tolls will end the winter sailings.");
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("Residents", claims.get(0).getSpeakerText());
        assertEquals("the new tolls will end the winter sailings", claims.get(0).getContent());
        List<Claim> documents = claims("Papers from the harbour board show the tolls will double by spring.");
        assertEquals("the tolls will double by spring", documents.get(0).getContent(), documents.toString());
    }

    @Test
    void dataIsAPluralSubject() {
        List<Claim> claims = claims("Data from the harbour board show that the ferries ran late on most days.");
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("Data", claims.get(0).getSpeakerText());
        assertEquals("the ferries ran late on most days", claims.get(0).getContent());
    }

    @Test
    void oneBeforeANounIsADeterminerOfTheSubject() {
        List<Claim> claims = claims("The tolls will double next year, one harbour official said.");
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("one harbour official", claims.get(0).getSpeakerText());
        assertEquals("The tolls will double next year", claims.get(0).getContent());
        List<Claim> slide = claims("Ferry traffic fell by a third in the winter, one slide says.");
        assertEquals("one slide", slide.get(0).getSpeakerText(), slide.toString());
    }

    @Test
    void aCapitalisedMonthOrModalInANameIsNoModal() {
        List<Claim> claims = claims("Harbour master Paula May said on Friday that the ferries would sail again.");
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("Paula May", claims.get(0).getSpeaker());
        assertEquals("the ferries would sail again", claims.get(0).getContent());
    }

    @Test
    void rejectingOrEchoingWhatOthersSaidIsAClaim() {
        List<Claim> claims = claims("Mayor Paula Green rejected the union's request to extend the winter sailings.");
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("Paula Green", claims.get(0).getSpeaker());
        assertEquals("the union's request to extend the winter sailings", claims.get(0).getContent());
        List<Claim> echoed = claims("Councillor Tom Baker echoed the mayor's warnings about the ferry tolls.");
        assertEquals("Tom Baker", echoed.get(0).getSpeaker(), echoed.toString());
        List<Claim> passive = claims("The union's request was rejected by the harbour board on Friday.");
        assertEquals(1, passive.size(), passive.toString());
        assertEquals("the harbour board", passive.get(0).getSpeakerText(), "a passive is the agent's claim");
        assertEquals("The union's request", passive.get(0).getContent());
    }

    @Test
    void aParticipleAfterAQuoteClosedByItsCommaIsSaidByTheSameSpeaker() {
        List<Claim> claims = claims("The harbour board said: “The ferries ran well when they sailed every night,” "
                + "adding that its tolls doubled in less than a year.");
        assertEquals(2, claims.size(), claims.toString());
        assertEquals("The harbour board", claims.get(1).getSpeakerText());
        assertEquals("its tolls doubled in less than a year", claims.get(1).getContent());
    }

    @Test
    void aLowercaseModifierOfTheRoleBeforeTheOpeningNameIsPartOfTheSubject() {
        List<Claim> claims = claims("Democratic mayoral candidate Paula Green chimed in on Twitter, saying that the "
                + "harbour board should release the ferry logs.");
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("Paula Green", claims.get(0).getSpeaker());
        assertEquals("the harbour board should release the ferry logs", claims.get(0).getContent());
        List<Claim> accused = claims("Citing an old rumour, Paula Green repeatedly accused Tom Baker of lying.");
        assertEquals("Paula Green", accused.get(0).getSpeaker(), "an adverb before a verb is no modifier");
    }

    @Test
    void aClauseWithItsOwnSpeakerAndReportingVerbEndsWhatWasSaidBefore() {
        List<Claim> claims = claims("The former mayor said it was a mistake to close the ferry terminal at night, "
                + "but she denied that the harbour board had been misled.");
        assertEquals(2, claims.size(), claims.toString());
        assertEquals("it was a mistake to close the ferry terminal at night", claims.get(0).getContent());
        assertEquals("the harbour board had been misled", claims.get(1).getContent());
    }

    @Test
    void aQuantifierFloatedAfterTheSubjectLeavesItTheSubject() {
        List<Claim> claims = claims("The harbour pilots all said that the tolls could ruin the winter sailings.");
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("The harbour pilots", claims.get(0).getSpeakerText());
        assertEquals("the tolls could ruin the winter sailings", claims.get(0).getContent());
        List<Claim> named = claims("Councillors Paula Green (D-Maine) and Tom Baker (R-Maine) both suggested that the "
                + "tolls could be grounds for a lawsuit.");
        assertEquals(1, named.size(), named.toString());
        assertEquals("the tolls could be grounds for a lawsuit", named.get(0).getContent());
    }

    @Test
    void aPassiveStatementVerbWithItsAgentIsTheAgentsClaimAboutTheSubject() {
        List<Claim> claims = claims("The ferry toll increase was first reported by the Boston Globe.");
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("Boston Globe", claims.get(0).getSpeaker());
        assertEquals("The ferry toll increase", claims.get(0).getContent());
        List<Claim> echoed = claims("His warnings about the tolls were echoed by Mayor Paula Green.");
        assertEquals(1, echoed.size(), echoed.toString());
        assertEquals("Paula Green", echoed.get(0).getSpeaker());
        assertEquals("His warnings about the tolls", echoed.get(0).getContent());
        assertTrue(claims("Tom Baker was asked by reporters about the ferry tolls.").isEmpty(), "a question");
        assertTrue(claims("The ferry was damaged by a storm on Tuesday.").isEmpty(), "no verb of statement");
    }

    @Test
    void aQuoteSplitByItsAttributionIsOneClaimWithoutTheAttribution() {
        List<Claim> claims = claims("Paula Green spoke at the harbour. “The tolls are far too high,” she said on "
                + "Tuesday, “and the ferry workers cannot pay them.”");
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("Paula Green", claims.get(0).getSpeaker());
        assertEquals("The tolls are far too high … and the ferry workers cannot pay them", claims.get(0).getContent());
        assertTrue(claims.get(0).getQuoted());
        List<Claim> own = claims("“The tolls are far too high,” Paula Green said, “the ferries are late,” Tom "
                + "Baker added.");
        assertTrue(own.stream().anyMatch(c -> "Paula Green".equals(c.getSpeaker())
                && c.getContent().equals("The tolls are far too high")), own.toString());
    }

    @Test
    void aPersonNamedRightBeforeASpeakingParticipleAfterOfIsTheSpeaker() {
        List<Claim> footage = claims("The new advert uses footage of Paula Green asking, “Why are the ferry tolls so "
                + "high?”");
        assertTrue(footage.stream().anyMatch(c -> "Paula Green".equals(c.getSpeaker())
                && c.getContent().equals("Why are the ferry tolls so high?")), footage.toString());
        List<Claim> showing = claims("The advert ends with a clip showing Paula Green saying, “The ferries will run "
                + "again by May.”");
        assertTrue(showing.stream().anyMatch(c -> "Paula Green".equals(c.getSpeaker())
                && c.getContent().equals("The ferries will run again by May")), showing.toString());
    }

    @Test
    void aVerbOfSayingFromWordNetIsAReportingVerbRightAfterItsSubject() {
        // Verbs cues.tsv does not list, from reporting-verbs.tsv (WordNet's verbs of communication).
        List<Claim> bemoaned = claims("Mayor Paula Green bemoaned that the harbour tolls would double by spring.");
        assertEquals(1, bemoaned.size(), bemoaned.toString());
        assertEquals("Paula Green", bemoaned.get(0).getSpeaker());
        assertEquals("the harbour tolls would double by spring", bemoaned.get(0).getContent());
        List<Claim> disputed = claims("The harbour council disputed the figures on the ferry tolls.");
        assertEquals(1, disputed.size(), disputed.toString());
        assertEquals("The harbour council", disputed.get(0).getSpeakerText());
        List<Claim> expressed = claims("Tom Baker expressed deep concern about the ferry tolls.");
        assertEquals(1, expressed.size(), expressed.toString());
        assertEquals("Tom Baker", expressed.get(0).getSpeaker());
        assertTrue(claims("The ferry was nicknamed the Old Lady by the harbour workers.").isEmpty(),
                "a passive of a generated verb is no claim");
    }

    @Test
    void aVerbOfActingOrRecordingIsNoReportingVerb() {
        assertTrue(claims("Paula Green repaired the ferry engine on Tuesday.").isEmpty(), "no verb of saying");
        assertTrue(claims("Paula Green filmed the ferry leaving the harbour.").isEmpty(), "recording is no claim");
    }

    @Test
    void aTwoWordVerbOfSayingFromWordNetIsAReportingVerb() {
        List<Claim> spoke = claims("Mayor Paula Green spoke out against the ferry tolls on Tuesday.");
        assertEquals(1, spoke.size(), spoke.toString());
        assertEquals("Paula Green", spoke.get(0).getSpeaker());
        List<Claim> lashed = claims("Tom Baker lashed out at the harbour council over the tolls.");
        assertEquals(1, lashed.size(), lashed.toString());
        assertEquals("Tom Baker", lashed.get(0).getSpeaker());
    }

    @Test
    void discoveredThatReportsAFindingAsFoundThatDoes() {
        List<Claim> claims = claims("Harbour inspectors have also discovered that the ferry logs were altered.");
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("Harbour inspectors", claims.get(0).getSpeakerText());
        assertEquals("the ferry logs were altered", claims.get(0).getContent());
    }

    @Test
    void aQuoteSentenceRightAfterAQuoteAndItsAttributionContinuesTheSameClaim() {
        List<Claim> claims = claims("Paula Green runs the ferry to Oban.\n\n“The tolls are too high for the "
                + "islanders,” she said. “We will lose the morning crossing if nothing changes.”\n\nThe council met.");
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("Paula Green", claims.get(0).getSpeaker());
        assertEquals("The tolls are too high for the islanders … We will lose the morning crossing if nothing "
                + "changes", claims.get(0).getContent());
        List<Claim> paragraph = claims("Paula Green runs the ferry to Oban.\n\n“The tolls are too high for the "
                + "islanders,” she said.\n\n“We will lose the morning crossing if nothing changes.”");
        assertEquals(1, paragraph.size(), paragraph.toString());
        assertEquals("The tolls are too high for the islanders … We will lose the morning crossing if nothing "
                + "changes", paragraph.get(0).getContent(), "a paragraph of quote alone goes on with the run");
        List<Claim> attributed = claims("Paula Green runs the ferry to Oban.\n\n“The tolls are too high for the "
                + "islanders,” she said. “We will lose the morning crossing,” Tom Baker said.");
        assertEquals("The tolls are too high for the islanders", attributed.get(0).getContent(),
                "a quote with its own attribution is no continuation: " + attributed);
        List<Claim> other = claims("Paula Green runs the ferry to Oban.\n\n“The tolls are too high for the "
                + "islanders,” she said. “Fair Tolls Now” was the name of the campaign.");
        assertEquals("The tolls are too high for the islanders", other.get(0).getContent(),
                "a quote that the sentence goes on after is no continuation: " + other);
    }

    @Test
    void aCommaAndAndAfterAnAttributionInsideTheSentenceLeaveWhatWasSaidBeforeIt() {
        List<Claim> claims = claims("Paula Green runs the ferry to Oban. It would take two weeks to change the "
                + "timetable, she said, and the delay could hurt the island's shops.");
        assertTrue(claims.stream().anyMatch(c -> c.getCue().equals("said") && "Paula Green".equals(c.getSpeaker())
                && c.getContent().equals("It would take two weeks to change the timetable")), claims.toString());
    }

    @Test
    void aShortQuoteClosingWithItsCommaBeforeTheAttributionEndsWhatWasSaid() {
        List<Claim> claims = claims("Paula Green runs the ferry to Oban. The vote was a \"total disgrace,\" "
                + "she added on Twitter.");
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("Paula Green", claims.get(0).getSpeaker());
        assertTrue(claims.get(0).getContent().startsWith("The vote was a \"total disgrace"),
                claims.toString());
    }

    @Test
    void aSubjectPronounOtherThanHeOrSheOpeningTheSentenceSpeaksTheParticipleAfterIt() {
        List<Claim> it = claims("The Oban Herald backed the council on Monday. Meanwhile, it attacked the pilots, "
                + "saying they had failed the islanders.");
        assertTrue(it.stream().anyMatch(c -> c.getCue().equals("saying") && "it".equals(c.getSpeakerText())
                && c.getContent().equals("they had failed the islanders")), it.toString());
        List<Claim> they = claims("The pilots met the council on Monday. They rejected the offer, saying the tolls "
                + "were too high.");
        assertTrue(they.stream().anyMatch(c -> c.getCue().equals("saying") && "They".equals(c.getSpeakerText())
                && c.getContent().equals("the tolls were too high")), they.toString());
    }

    @Test
    void aBaseFormOfAReportingVerbAfterIOutsideQuotesIsTheWritersClaim() {
        List<Claim> claims = claims("The ferry to Oban is late again. I know the council will not listen to the "
                + "islanders.");
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("the council will not listen to the islanders", claims.get(0).getContent());
        assertEquals("I", claims.get(0).getSpeakerText());
        List<Claim> quoted = claims("The ferry to Oban is late again. “I know the council will not listen,” Paula "
                + "Green said.");
        assertEquals(1, quoted.size(), "inside a quote the words are the speaker's: " + quoted);
    }

    @Test
    void aBaseFormAfterDoBeforeANameAndItsVerbIsAClaimOfTheSubjectBeforeDo() {
        List<Claim> claims = claims("Tom Baker runs the ferry to Oban. He does believe Paula Green is right about the "
                + "tolls.");
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("Tom Baker", claims.get(0).getSpeaker());
        assertEquals("Paula Green is right about the tolls", claims.get(0).getContent());
        assertTrue(claims("Tom Baker runs the ferry to Oban. He does not believe Paula Green.").isEmpty(),
                "a name without its verb is the object believed");
    }

    @Test
    void aNameWithAppositivesAfterAnIntroductoryPhraseIsTheSubject() {
        List<Claim> told = claims("On Friday, Paula Green, the council's adviser, told Tom Baker that the ferry was "
                + "safe.");
        assertEquals(1, told.size(), told.toString());
        assertEquals("Paula Green", told.get(0).getSpeaker());
        assertEquals("the ferry was safe", told.get(0).getContent());
        List<Claim> called = claims("With a week until the vote, Paula Green, the council's ferry spokeswoman, called "
                + "Tom Baker's plan “a betrayal” of the pilots.");
        assertEquals(1, called.size(), called.toString());
        assertEquals("Paula Green", called.get(0).getSpeaker());
        assertTrue(called.get(0).getContent().startsWith("Tom Baker's plan"), called.toString());
        List<Claim> place = claims("In Oban, the harbour master, Tom Baker, said the ferry was safe.");
        assertTrue(place.stream().noneMatch(c -> "Oban".equals(c.getSpeaker())), place.toString());
    }

    @Test
    void twoNamesJoinedByAndOpeningTheSentenceAreTheSubjectOfAParticipleAfterIt() {
        List<Claim> claims = claims("The Oban Gazette and the Harbour Times filed a motion to unseal the ferry records, "
                + "arguing that the records belong to the public.");
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("arguing", claims.get(0).getCue());
        assertEquals("The Oban Gazette", claims.get(0).getSpeakerText());
        assertEquals("the records belong to the public", claims.get(0).getContent());
        List<Claim> people = claims("Paula Green and Tom Baker toured the harbour on Monday, saying the ferry was safe.");
        assertEquals(1, people.size(), people.toString());
        assertEquals("Paula Green", people.get(0).getSpeaker());
    }

    @Test
    void aNegatedPerfectOrProgressiveReportingVerbBeforeAClauseIsAClaimOfItsSubject() {
        List<Claim> perfect = claims("Harbour officials have not said when the ferry terminal will reopen.");
        assertEquals(1, perfect.size(), perfect.toString());
        assertEquals("said", perfect.get(0).getCue());
        assertEquals("Harbour officials", perfect.get(0).getSpeakerText());
        assertEquals("when the ferry terminal will reopen", perfect.get(0).getContent());
        List<Claim> progressive = claims("But Mayor Paula Green isn’t saying whether she will sign the toll bill.");
        assertEquals(1, progressive.size(), progressive.toString());
        assertEquals("Paula Green", progressive.get(0).getSpeaker());
        assertTrue(claims("The report has not said much about the tolls.").isEmpty(), "no clause follows");
        assertTrue(claims("It has not said whether the tolls will rise.").isEmpty(), "a thing, not someone");
    }

    @Test
    void aReportingVerbAfterGoOnToOrBeginToIsAClaimOfTheSubject() {
        List<Claim> went = claims("Mayor Paula Green went on to say that the ferry tolls would double by spring.");
        assertEquals(1, went.size(), went.toString());
        assertEquals("Paula Green", went.get(0).getSpeaker());
        assertEquals("the ferry tolls would double by spring", went.get(0).getContent());
        List<Claim> going = claims("“We are not done,” Paula Green said, going on to argue that the tolls were unfair.");
        assertTrue(going.stream().anyMatch(c -> "Paula Green".equals(c.getSpeaker())
                && c.getContent().equals("the tolls were unfair")), going.toString());
        List<Claim> began = claims("The harbour pilots began to argue that the ferry was unsafe.");
        assertEquals(1, began.size(), began.toString());
        assertEquals("The harbour pilots", began.get(0).getSpeakerText());
        assertTrue(claims("The ferry went on to sail to Oban.").isEmpty(), "no verb of saying after \"to\"");
        assertTrue(claims("The harbour pilots began to show signs of fatigue.").isEmpty(), "an act, no finding");
    }

    @Test
    void anAsideBetweenTheVerbAndThatIsNotWhatWasSaid() {
        List<Claim> claims = claims("Mayor Paula Green said, in an interview with the Gazette on Monday, that the "
                + "tolls are fair.");
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("the tolls are fair", claims.get(0).getContent());
        List<Claim> pronoun = claims("Mayor Paula Green said, however, that the tolls are fair.");
        assertEquals("the tolls are fair", pronoun.get(0).getContent(), pronoun.toString());
    }

    @Test
    void aHeadlineWhoseLabelNamesAPersonBeforeAColonAndAQuoteIsThatPersonsClaim() {
        List<Claim> quoted = claims("Mayor Paula Green to Ferry Chief: ‘The Tolls Must Go.’\n\n"
                + "The tolls were raised in May.");
        assertTrue(quoted.stream().anyMatch(c -> "Paula Green".equals(c.getSpeaker())
                && c.getContent().equals("The Tolls Must Go.") && c.getQuoted()), quoted.toString());
        List<Claim> lesson = claims("A lesson from Paula Green: 'Keep the ferries running.'\n\n"
                + "The tolls were raised in May.");
        assertTrue(lesson.stream().anyMatch(c -> "Paula Green".equals(c.getSpeaker())
                && c.getContent().equals("Keep the ferries running.")), lesson.toString());
        List<Claim> topic = claims("Paula Green on Ferry Tolls: The Fares Are 'Unfair.'\n\nThe tolls were raised in May.");
        assertTrue(topic.stream().anyMatch(c -> "Paula Green".equals(c.getSpeaker())
                && c.getContent().startsWith("The Fares Are")), topic.toString());
        List<Claim> plain = claims("Paula Green Visits Oban: Ferry Tolls Will Double.\n\nThe tolls were raised in May.");
        assertTrue(plain.stream().noneMatch(c -> "Paula Green".equals(c.getSpeaker())), "no quote, no topic: " + plain);
        List<Claim> later = claims("The tolls were raised in May. A lesson from Paula Green: 'Keep the ferries "
                + "running.'");
        assertTrue(later.stream().noneMatch(c -> "Paula Green".equals(c.getSpeaker())), "only a headline: " + later);
    }

    @Test
    void aSubjectBeforeALongRelativeClauseWithWhoIsTheSpeakerNotTheClausesObject() {
        List<Claim> said = claims("Harbour pilots who have spent years fighting the tolls on the bridge said the "
                + "ferry was unsafe.");
        assertEquals(1, said.size(), said.toString());
        assertEquals("Harbour pilots", said.get(0).getSpeakerText());
        List<Claim> named = claims("Harbour pilots who have long been critical of Paula Green said the ferry was "
                + "unsafe.");
        assertTrue(named.stream().noneMatch(c -> "Paula Green".equals(c.getSpeaker())), named.toString());
    }

    @Test
    void aCueWordAfterADeterminerInsideAnAppositiveIsANoun() {
        List<Claim> claims = claims("“The tolls must go before the winter,” Paula Green, the mayor of Oban, one of "
                + "the states backing the pilots, said on Monday.");
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("Paula Green", claims.get(0).getSpeaker());
        assertEquals("The tolls must go before the winter", claims.get(0).getContent());
    }

    @Test
    void aVerbReadOnlyAfterItsSubjectIsReadAfterANameAndItsAppositivesToo() {
        List<Claim> claims = claims("“The ferry stays in Oban!” Paula Green, the mayor of Oban, shouted to the "
                + "pilots.");
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("Paula Green", claims.get(0).getSpeaker());
        assertEquals("The ferry stays in Oban!", claims.get(0).getContent());
        List<Claim> reported = claims("Paula Green, the mayor of Oban, bemoaned the ferry tolls on Tuesday.");
        assertEquals(1, reported.size(), reported.toString());
        assertEquals("Paula Green", reported.get(0).getSpeaker());
    }

    @Test
    void aSpeakingParticipleAfterAStatementTheSubjectIssuedIsTheSubjectsClaim() {
        List<Claim> statement = claims("Mayor Paula Green issued a statement on Friday saying that the ferry would "
                + "keep running.");
        assertEquals(1, statement.size(), statement.toString());
        assertEquals("Paula Green", statement.get(0).getSpeaker());
        assertEquals("saying", statement.get(0).getCue());
        assertEquals("the ferry would keep running", statement.get(0).getContent());
        List<Claim> tweets = claims("Tom Baker fired off several tweets on Sunday arguing that the tolls were unfair.");
        assertTrue(tweets.stream().anyMatch(c -> "Tom Baker".equals(c.getSpeaker())
                && c.getContent().equals("the tolls were unfair")), tweets.toString());
        List<Claim> subject = claims("A statement from the harbour board saying the ferry was safe angered the pilots.");
        assertTrue(subject.stream().noneMatch(c -> "saying".equals(c.getCue())), subject.toString());
        List<Claim> clause = claims("The pilots faced questions after a video surfaced showing a ferry hitting the pier.");
        assertTrue(clause.stream().noneMatch(c -> "The pilots".equals(c.getSpeakerText())), clause.toString());
    }

    @Test
    void aSourceAfterAccordingToBetweenCommasInsideTheSentenceLeavesTheWholeClauseAsWhatWasSaid() {
        List<Claim> claims = claims("The new ferry, according to harbour officials, will run again by May.");
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("harbour officials", claims.get(0).getSpeakerText());
        assertEquals("The new ferry … will run again by May", claims.get(0).getContent());
        List<Claim> one = claims("Fares, according to harbour officials, will double by May.");
        assertEquals("Fares … will double by May", one.get(0).getContent(), one.toString());
        List<Claim> appositive = claims("Ferry fares will double by May, according to Tom Baker, head of the pilots' "
                + "union, and other experts.");
        assertTrue(appositive.get(0).getContent().startsWith("Ferry fares will double by May")
                && !appositive.get(0).getContent().contains("…"), appositive.toString());
        List<Claim> end = claims("The new ferry will run again by May, according to harbour officials.");
        assertEquals("The new ferry will run again by May", end.get(0).getContent(), end.toString());
    }

    @Test
    void anAttributionBetweenCommasInsideTheSentenceLeavesTheClauseOnBothSidesAsWhatWasSaid() {
        List<Claim> claims = claims("The new ferry, Mayor Paula Green said, will run again by May.");
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("Paula Green", claims.get(0).getSpeaker());
        assertEquals("The new ferry … will run again by May", claims.get(0).getContent());
        List<Claim> pronoun = claims("Fares, she said, will double by May.");
        assertEquals("Fares … will double by May", pronoun.get(0).getContent(), pronoun.toString());
    }

    @Test
    void aCapitalisedSubjectTheTaggerMissedIsTheOneTheTextNamesWithThatWord() {
        List<Claim> claims = claims("Spokesman Paul Yonder said the fares were fair.\n\n"
                + "Yonder said he expects the union to agree.");
        assertEquals("Paul Yonder", claims.get(1).getSpeaker(), claims.toString());
        assertEquals(SpeakerKind.NAME, claims.get(1).getSpeakerKind());
        List<Claim> acronym = claims("The pilots' union, the PHU, met on Monday. Later the PHU pointed to a report "
                + "on the night crossings as evidence.");
        assertEquals("PHU", acronym.get(acronym.size() - 1).getSpeaker(), acronym.toString());
        List<Claim> unnamed = claims("Spokesman Paul Yonder said the fares were fair.\n\n"
                + "Likewise said he expects the union to agree.");
        assertTrue(unnamed.stream().noneMatch(c -> "Likewise".equals(c.getSpeakerText())
                && c.getSpeaker() != null), "a word no name of the text ends with names no one");
    }

    @Test
    void aWordOpeningTheSentenceThatTheTextCapitalisesElsewhereIsAName() {
        List<Claim> camel = claims("On Monday, FerryFacts rated the claim. FerryFacts claimed the toll figures were "
                + "wrong.");
        Claim last = camel.get(camel.size() - 1);
        assertEquals("FerryFacts", last.getSpeakerText(), camel.toString());
        assertEquals(SpeakerKind.NAME, last.getSpeakerKind(), "a capital inside the word makes it a name");
        List<Claim> named = claims("After the debate Checkmate checked the figures. Checkmate then pointed out that "
                + "the tolls had doubled.");
        assertEquals(SpeakerKind.NAME, named.get(named.size() - 1).getSpeakerKind(), named.toString());
        List<Claim> common = claims("After the debate a checkmate came quickly. Checkmate then pointed out that the "
                + "tolls had doubled.");
        assertTrue(common.stream().noneMatch(c -> c.getSpeakerKind() == SpeakerKind.NAME), common.toString());
    }

    @Test
    void aPronounReachesBackToWhereItsPersonLastSpokeNotToWhereTheNameWasWritten() {
        List<Claim> claims = claims("Paula Green thought the whole toll plan was outrageous. She was not a person who "
                + "gave up. She was anxious, sure. Angry, definitely. But certainly not beaten.\n\n"
                + "“It never crossed my mind that the tolls would stay,” she said months later, and a big reason was "
                + "harbour chief Tom Baker, who had talked about the tolls for years.\n\n"
                + "The woman’s anger at Baker is recorded in detail:\n\n"
                + "“Here he comes again,” she said, pointing.");
        Claim last = claims.get(claims.size() - 1);
        assertEquals("she", last.getSpeakerText(), claims.toString());
        assertEquals("Paula Green", last.getSpeaker(), "she spoke two sentences before: " + claims);
    }

    @Test
    void itReachesBackToWhereTheOrganisationLastSpokeNotToWhereItsNameWasWritten() {
        List<Claim> claims = claims("The Harbour Board met on Monday to set the tolls. The meeting was long. The "
                + "tolls were high. Ferry crews waited outside. Many left early. The vote came late.\n\n"
                + "The board said the tolls would double by spring. The crews were angry.\n\n"
                + "It added that the ferries would stop at midnight.");
        Claim last = claims.get(claims.size() - 1);
        assertEquals("It", last.getSpeakerText(), claims.toString());
        assertEquals("Harbour Board", last.getSpeaker(), "the board spoke two sentences before: " + claims);
    }

    @Test
    void anOrganisationOpeningTheMainClauseAfterAnIntroductoryPhraseIsWhatItStandsFor() {
        List<Claim> claims = claims("After a long meeting on Monday, the Harbour Board issued a statement on the toll "
                + "rise. The statement noted the ferries were losing money.\n\n"
                + "“In line with this, the tolls will double by spring,” it said.");
        Claim last = claims.get(claims.size() - 1);
        assertEquals("it", last.getSpeakerText(), claims.toString());
        assertEquals("Harbour Board", last.getSpeaker(), claims.toString());
    }

    @Test
    void aReportingVerbAfterAndTakesTheOpeningDescriptionForAnOrganisation() {
        List<Claim> modified = claims("A reporter for the Oban Gazette spotted Paula Green and her deputy and reported "
                + "their presence on the ferry.");
        assertEquals(1, modified.size(), modified.toString());
        assertEquals("A reporter for the Oban Gazette", modified.get(0).getSpeakerText(), modified.toString());
    }

    @Test
    void theOneToldAfterACommaIsTheListenerNotTheSpeaker() {
        List<Claim> claims = claims("Paula Green, 56, who has served on the harbour council for a decade, told the "
                + "Oban Gazette the tolls would double.");
        assertEquals(1, claims.size(), claims.toString());
        assertTrue(!"Oban Gazette".equals(claims.get(0).getSpeaker()), "the listener: " + claims);
        assertEquals("Paula Green", claims.get(0).getSpeaker(), claims.toString());
    }

    @Test
    void aRelativeClauseAfterADashOrAnAppositiveAgeIsSaidByTheNameBeforeIt() {
        List<Claim> dash = claims("The tolls became an issue in the race, with Paula Green — who has called for "
                + "lower fares — leading the protest.");
        assertTrue(dash.stream().anyMatch(c -> "who".equals(c.getSpeakerText())
                && "Paula Green".equals(c.getSpeaker())), dash.toString());
        List<Claim> age = claims("Paula Green, 56, who has served on the harbour council for a decade, said the "
                + "tolls would double.");
        assertEquals("Paula Green", age.get(age.size() - 1).getSpeaker(), age.toString());
    }

    @Test
    void othersAndThoseCloseToSomeoneAreADescriptionOfPeopleThatSpeaks() {
        List<Claim> close = claims("Those close to him say the mayor would have to consider other pilots.");
        assertEquals(1, close.size(), close.toString());
        assertEquals("Those", close.get(0).getSpeakerText(), "not the one they are close to: " + close);
        assertEquals(SpeakerKind.DESCRIPTION, close.get(0).getSpeakerKind(), close.toString());
        List<Claim> others = claims("Many pilots backed the plan. Others opposed the new harbour tolls.");
        Claim last = others.get(others.size() - 1);
        assertEquals("Others", last.getSpeakerText(), others.toString());
        assertEquals(SpeakerKind.DESCRIPTION, last.getSpeakerKind(), others.toString());
    }

    @Test
    void theTwoAfterTwoPeopleNamedTogetherStandsForThem() {
        List<Claim> claims = claims("Paula Green and Tom Baker never tire of telling the story of the strike.\n\n"
                + "In May, with the talks failing, the two learned of a secret meeting of the harbour board.");
        Claim last = claims.get(claims.size() - 1);
        assertEquals("the two", last.getSpeakerText(), claims.toString());
        assertEquals("Paula Green", last.getSpeaker(), "the first stands for both: " + claims);
    }

    @Test
    void aTrailingAccordingToIsTheSourceOfAnIntentionItsSentenceReports() {
        List<Claim> claims = claims("Paula Green plans to visit the harbour on Sunday, according to a campaign aide.");
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("a campaign aide", claims.get(0).getSpeakerText(), claims.toString());
        List<Claim> said = claims("Paula Green said the tolls would double, according to the Oban Gazette.");
        assertEquals("Paula Green", said.get(0).getSpeaker(), "a statement keeps its speaker: " + said);
    }

    @Test
    void aLongDescriptionBeforeANameAfterAccordingToEndsWithTheName() {
        List<Claim> claims = claims("According to veteran talk radio host Sam Pell, the toll rise reeks of fear.");
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("Sam Pell", claims.get(0).getSpeaker(), claims.toString());
        assertEquals("the toll rise reeks of fear", claims.get(0).getContent());
    }

    @Test
    void aTrailingInvertedAttributionIsTheSourceOfAnIntentionItsSentenceReports() {
        List<Claim> claims = claims("In addition, the board plans to make more detailed toll records available soon, "
                + "a spokesman announced Monday morning.");
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("a spokesman", claims.get(0).getSpeakerText(), claims.toString());
        assertEquals("to make more detailed toll records available soon", claims.get(0).getContent());
    }

    @Test
    void aPlaceEndingAModifierBeforeTheVerbIsNoSpeaker() {
        List<Claim> claims = claims("Some believe the high level of priority placed on motivating ferry crews in Oban "
                + "shows the board is worried about its chances.");
        assertTrue(claims.stream().noneMatch(c -> "Oban".equals(c.getSpeaker())), claims.toString());
        List<Claim> pilots = claims("Pilots in Oban said the tolls were too high.");
        assertEquals("Pilots", pilots.get(0).getSpeakerText(), "a noun that speaks before the place: " + pilots);
    }

    @Test
    void aTrailingInvertedAttributionIsTheSourceOfAStatementItsSentenceReports() {
        // "X had told ... that ..., the source added.": the one the sentence ends on reports the whole of it; what X
        // told is known only through them, and the content ends at their comma.
        List<Claim> claims = claims("Morrison had told harbour officials that the escort was not needed, but the "
                + "board overruled that request, the source added.");
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("the source", claims.get(0).getSpeakerText(), claims.toString());
        assertTrue(claims.get(0).getContent().endsWith("overruled that request"), claims.toString());
    }

    @Test
    void aSubjectWithARelativeClauseWithoutThatIsTheNounBeforeIt() {
        // "the pilots I interviewed said": a relative clause with no "that" (a pronoun and its verb) ends the
        // subject; the verb before the cue is no speaker, the phrase before the pronoun is, kept with its clause.
        List<Claim> claims = claims("All the pilots I interviewed said the new tolls were far too high.");
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("All the pilots I interviewed", claims.get(0).getSpeakerText(), claims.toString());
        assertEquals(SpeakerKind.DESCRIPTION, claims.get(0).getSpeakerKind(), claims.toString());
    }

    @Test
    void aTrailingAttributionWhoseSubjectIsForSomeoneIsTheSourceOfTheSentence() {
        // "..., lawyers for the family said.": the subject of a trailing attribution may be a noun with "for"/"of"
        // whom it speaks for; it reports the whole sentence before its comma.
        List<Claim> claims = claims("The pilots, who asked the board to publish the toll records, met the minister "
                + "on Thursday, lawyers for the pilots said.");
        assertTrue(claims.stream().allMatch(c -> "lawyers for the pilots".equals(c.getSpeakerText())),
                claims.toString());
        assertTrue(claims.stream().allMatch(c -> c.getContent().endsWith("on Thursday")), claims.toString());
    }

    @Test
    void aParticipleAfterARelativeClauseIsSaidByTheSubjectOfTheMainClause() {
        // "X was defensive about a builder who said ..., saying, “...”": the participle clause after the comma tells
        // what the main clause's subject did, not the one the relative clause describes.
        List<Claim> claims = claims("Morrison was defensive when asked about a builder who said he was never paid, "
                + "saying, “Maybe he did poor work, and I was not happy with it.”");
        Claim quoted = claims.stream().filter(Claim::getQuoted).findFirst().orElseThrow();
        assertEquals("Morrison", quoted.getSpeakerText(), claims.toString());
    }

    @Test
    void aQuoteThatAMessageReadsIsTheMessagesWords() {
        List<Claim> letter = claims("Last week a group of ferry pilots sent a letter to the harbour board. “From Oban to "
                + "Mallaig, we see pilots working long nights so that the ferries can sail on time,” the letter reads.");
        assertEquals(1, letter.size(), letter.toString());
        assertEquals("the letter", letter.get(0).getSpeakerText(), letter.toString());
        assertEquals("read", letter.get(0).getCue().substring(0, 4), letter.toString());
        assertTrue(letter.get(0).getContent().startsWith("From Oban to Mallaig"), letter.toString());
        List<Claim> article = claims("“The harbour board honoured the pilots yesterday for what they called ‘the "
                + "rescue of the decade,’” the article read.");
        assertEquals(1, article.size(), article.toString());
        assertEquals("the article", article.get(0).getSpeakerText(), article.toString());
        List<Claim> straight = claims("“The harbour board honoured the pilots yesterday for what they called ‘the "
                + "rescue of the decade,'” the article read.");
        assertEquals(1, straight.size(), "an inner quote closed by a straight mark: " + straight);
        assertEquals("the article", straight.get(0).getSpeakerText(), straight.toString());
        List<Claim> sign = claims("Paula Green read the letter aloud to the harbour board on Friday.");
        assertTrue(sign.isEmpty(), "reading aloud says nothing: " + sign);
    }

    @Test
    void aModalVerbOfAskingBeforeAColonAndAQuoteIntroducesTheQuote() {
        List<Claim> reader = claims("In calmer times, a reader would now ask: “Why are the tolls so high? Who decided "
                + "that the ferries should stop?”");
        assertEquals(1, reader.size(), reader.toString());
        assertEquals("a reader", reader.get(0).getSpeakerText(), reader.toString());
        assertTrue(reader.get(0).getContent().startsWith("Why are the tolls so high?"), reader.toString());
        List<Claim> might = claims("Paula Green might ask the board about the tolls.");
        assertTrue(might.isEmpty(), "a modal without a colon and a quote reports nothing: " + might);
    }

    @Test
    void noResponseToRequestsForCommentIsNoClaim() {
        // Not answering says nothing a desk can quote, and is reported of people who may never have seen the request.
        List<Claim> board = claims("The Harbour Board did not immediately respond to requests for comment.");
        assertTrue(board.isEmpty(), board.toString());
    }

    @Test
    void madeItClearReportsWhatFollows() {
        List<Claim> made = claims("In an interview with the Oban Gazette, Paula Green made it clear she would not "
                + "raise the tolls again.");
        assertEquals(1, made.size(), made.toString());
        assertEquals("Paula Green", made.get(0).getSpeaker(), made.toString());
        assertEquals("she would not raise the tolls again", made.get(0).getContent(), made.toString());
        List<Claim> clear = claims("The harbour board has made clear that the ferries will sail in May.");
        assertEquals(1, clear.size(), clear.toString());
        assertEquals("the ferries will sail in May", clear.get(0).getContent(), clear.toString());
    }

    @Test
    void aParticipleAfterBeganByIsSaidByTheSubjectOfBegan() {
        List<Claim> began = claims("Paula Green, a ferry pilot, then appeared on the radio on Tuesday and began by "
                + "saying she would never sail in fog.");
        assertEquals(1, began.size(), began.toString());
        assertEquals("Paula Green", began.get(0).getSpeaker(), began.toString());
        assertEquals("she would never sail in fog", began.get(0).getContent(), began.toString());
        List<Claim> opened = claims("Paula Green opened by arguing that the tolls were too high.");
        assertEquals(1, opened.size(), opened.toString());
        assertEquals("Paula Green", opened.get(0).getSpeaker(), opened.toString());
    }

    @Test
    void aNameAfterACommaAndCalledNamesTheNounBeforeItAndSaysNothing() {
        // "Her charity, called the X, will ...": the participle gives the noun before it its name; X spoke no words.
        List<Claim> named = claims("In March, Paula Green handed the pier to the town. Her charity, called the "
                + "Riverside Heritage Trust, will still own the land until it repays the loan.");
        assertTrue(named.isEmpty(), named.toString());
        List<Claim> end = claims("Paula Green runs a small ferry charity, called the Riverside Heritage Trust.");
        assertTrue(end.isEmpty(), end.toString());
        List<Claim> complement = claims("Paula Green, the harbour pilot, called the toll rise a disgrace.");
        assertEquals(1, complement.size(), "a name with a complement after it is still called something: "
                + complement);
        assertEquals("Paula Green", complement.get(0).getSpeaker(), complement.toString());
    }

    @Test
    void anArticleOrAFilmIsADescriptionThatSpeaks() {
        // Written and filmed works are quoted as sources ("the article read", "the film explains"), as a report is.
        List<Claim> article = claims("“The harbour board honoured the pilots yesterday,” the article read.");
        assertEquals(1, article.size(), article.toString());
        assertEquals(SpeakerKind.DESCRIPTION, article.get(0).getSpeakerKind(), article.toString());
        List<Claim> film = claims("The film explains how the ferries came to stop.");
        assertEquals(1, film.size(), film.toString());
        assertEquals("The film", film.get(0).getSpeakerText(), film.toString());
        assertEquals(SpeakerKind.DESCRIPTION, film.get(0).getSpeakerKind(), film.toString());
        List<Claim> documentary = claims("A new documentary argues that the tolls were too high.");
        assertEquals(SpeakerKind.DESCRIPTION, documentary.get(0).getSpeakerKind(), documentary.toString());
    }

    @Test
    void aNounPhraseOfReportsBeforeAVerbOfFindingIsTheSubject() {
        // "reports", "claims" are cues as verbs but nouns when the verb of the clause follows them: "an analysis of
        // new reports shows", "a review of the claims found". Not after a subject: "the mayor claims ..." reports.
        List<Claim> trailing = claims("Ferry fares rose by a third last year, a Gazette analysis of new harbour "
                + "reports shows.");
        assertEquals(1, trailing.size(), trailing.toString());
        assertEquals("shows", trailing.get(0).getCue(), trailing.toString());
        assertEquals("a Gazette analysis", trailing.get(0).getSpeakerText(), trailing.toString());
        assertEquals("Ferry fares rose by a third last year", trailing.get(0).getContent(), trailing.toString());
        // A paper's name in capitals ("TODAY" no adverb), an adverb of a participle ("newly filed") and a hyphenated
        // compound (one word) inside the noun phrase after "of" leave the analysis the subject.
        List<Claim> named = claims("Ferry fares rose by a third last year, a HARBOUR TODAY analysis of newly filed "
                + "ferry-fare reports shows.");
        assertEquals(1, named.size(), named.toString());
        assertEquals("a HARBOUR TODAY analysis", named.get(0).getSpeakerText(), named.toString());
        List<Claim> opening = claims("A review of the insurance claims found that most ferries were late.");
        assertEquals(1, opening.size(), opening.toString());
        assertEquals("found", opening.get(0).getCue(), opening.toString());
        assertEquals("most ferries were late", opening.get(0).getContent(), opening.toString());
        List<Claim> verb = claims("The mayor claims reports of delays were false.");
        assertEquals("claims", verb.get(0).getCue(), verb.toString());
    }

    @Test
    void aHorizontalBarSetsOffAPhraseAsAnEmDashDoes() {
        // Some outlets write the dash as U+2015 ("―"): a phrase between two of them stands aside from the clause.
        List<Claim> bar = claims("The film ― which weaves together the voices of pilots and harbour masters ― "
                + "explains how the ferries came to stop.");
        assertEquals(1, bar.size(), bar.toString());
        assertEquals("The film", bar.get(0).getSpeakerText(), bar.toString());
        assertEquals("how the ferries came to stop", bar.get(0).getContent(), bar.toString());
    }

    @Test
    void everyoneAsThePassivesAgentSaidIt() {
        // "a view echoed by everyone I interviewed": everyone, with the clause saying who they are, is the speaker.
        List<Claim> echoed = claims("The tolls are too high, said Paula Green (a view echoed by everyone I "
                + "interviewed).");
        Claim view = echoed.stream().filter(c -> "echoed".equals(c.getCue())).findFirst().orElseThrow();
        assertEquals("everyone I interviewed", view.getSpeakerText(), echoed.toString());
        assertEquals(SpeakerKind.DESCRIPTION, view.getSpeakerKind(), echoed.toString());
        assertEquals("a view", view.getContent(), echoed.toString());
        List<Claim> plan = claims("The toll plan was criticized by everybody at the meeting.");
        assertEquals(1, plan.size(), plan.toString());
        assertEquals("everybody", plan.get(0).getSpeakerText(), plan.toString());
        assertTrue(claims("The toll plan was criticized by everything we know about ferries.").isEmpty(),
                "a thing is no agent that speaks");
    }

    @Test
    void anIntentionAfterAnOpeningPhraseIsTheInfinitiveAfterTheVerb() {
        // "After the vote, the board hopes to ...": the comma closes an opening phrase, not a statement the board
        // makes at the end of the sentence; what it intends is the infinitive after the verb.
        List<Claim> hopes = claims("After the vote on Friday, the harbour board hopes to raise the tolls.");
        assertEquals(1, hopes.size(), hopes.toString());
        assertEquals("the harbour board", hopes.get(0).getSpeakerText(), hopes.toString());
        assertEquals("to raise the tolls", hopes.get(0).getContent(), hopes.toString());
        List<Claim> aims = claims("After the strikes and the storms, board aims to rely less on ferry tolls.");
        assertEquals(1, aims.size(), aims.toString());
        assertEquals("to rely less on ferry tolls", aims.get(0).getContent(), aims.toString());
        List<Claim> said = claims("The tolls will double by May, the harbour board said to reporters.");
        assertEquals("The tolls will double by May", said.get(0).getContent(), "a statement still ends it: " + said);
    }

    @Test
    void aTitleInCapitalsSetOffByCommasIsNotTheWordsSaid() {
        // "In her 2010 book, “Ferries of the North,” Ms. Green suggested ...": the quote names the book; what she
        // suggested follows the verb.
        List<Claim> book = claims("In her 2010 book, “Ferries of the North,” Paula Green suggested raising the tolls "
                + "every spring to pay for the pier.");
        assertEquals(1, book.size(), book.toString());
        assertEquals("Paula Green", book.get(0).getSpeaker(), book.toString());
        assertTrue(book.get(0).getContent().startsWith("raising the tolls every spring"), book.toString());
        List<Claim> words = claims("In a statement, “the tolls will rise in May,” Paula Green said.");
        assertEquals(1, words.size(), words.toString());
        assertEquals("the tolls will rise in May", words.get(0).getContent(), "words in lowercase are said: " + words);
    }

    @Test
    void foundRightBeforeAPlaceIsAParticipleThatLocatesNotAFinding() {
        // "chemicals found in refrigerants": a participle telling where something is, not a finding of the chemicals.
        List<Claim> located = claims("The deal cut the use of potent chemicals found in refrigerants and old ferries.");
        assertTrue(located.isEmpty(), located.toString());
        List<Claim> finding = claims("Auditors found in their review of the harbour accounts that the tolls had "
                + "been misspent.");
        assertEquals(1, finding.size(), "a finding with its clause is still one: " + finding);
        assertEquals("the tolls had been misspent", finding.get(0).getContent(), finding.toString());
    }

    @Test
    void aQuoteEndingInAnInnerQuoteBeforeANameWithALongAppositiveIsTheNamesWords() {
        // "‘...,’” closes both quotes in one token: the name after it opens the clause all the same, and its long
        // appositive is crossed to the verb, whose object is the listener.
        List<Claim> told = claims("“This story is pushed by the media, where we find the labels of ‘criminal, "
                + "super predator,’” Paula Green, the executive director at the Harbour Trust and who also appeared in "
                + "the film, told the Oban Gazette.");
        assertEquals(1, told.size(), told.toString());
        assertEquals("Paula Green", told.get(0).getSpeaker(), told.toString());
        assertTrue(told.get(0).getContent().startsWith("This story is pushed by the media"), told.toString());
    }

    @Test
    void anOpeningDoubledApostropheAfterAFullStopOpensTheNextSentencesQuote() {
        // Archives write quotes as ''...''; the splitter left the opening mark at the end of the sentence before,
        // where a claim took it into its content and the quote lost its opening.
        List<Claim> claims = claims("Paula Green runs the ferry to Oban.\n\nUnfair? She does not think so. ''We "
                + "cannot blame anyone who complains about the fares,'' she said. ''But most people who ride the "
                + "ferry know the costs have gone up.''");
        assertTrue(claims.stream().noneMatch(c -> c.getContent().contains("''")), claims.toString());
        assertTrue(claims.stream().anyMatch(c -> c.getCue().equals("said") && "Paula Green".equals(c.getSpeaker())
                && c.getContent().equals("We cannot blame anyone who complains about the fares … But most people "
                + "who ride the ferry know the costs have gone up")), claims.toString());
        List<Claim> closing = claims("Paula Green said the ferry was ''too slow.'' The council met.");
        assertTrue(closing.stream().anyMatch(c -> c.getContent().contains("too slow")), closing.toString());
    }

    @Test
    void soAfterAVerbOfThinkingOrSayingStandsForTheClauseBefore() {
        // "so" ending the clause right after the verb is a pro-form for what was asked or said before it; annotators
        // mark it as the content. It is the one content of a single word the patterns keep.
        List<Claim> think = claims("Will the ferry run again by May? Paula Green does not think so.");
        assertEquals(1, think.size(), think.toString());
        assertEquals("Paula Green", think.get(0).getSpeaker(), think.toString());
        assertEquals("so", think.get(0).getContent(), think.toString());
        assertTrue(claims("Paula Green said the tolls were too high, and so the ferry stopped.").stream()
                .noneMatch(c -> c.getContent().equals("so")), "\"so\" opening a clause is no content by itself");
    }

    @Test
    void aQuoteInTitleCaseAfterTheNounOfAWorkIsItsTitleNotWhatWasSaid() {
        List<Claim> book = claims("In her 2010 book, ''Ferries of the North,'' Ms. Green suggested looking at the "
                + "timetables before buying a ticket.");
        assertEquals(1, book.size(), book.toString());
        assertEquals("Green", book.get(0).getSpeaker(), book.toString());
        assertEquals("looking at the timetables before buying a ticket", book.get(0).getContent(), book.toString());
        List<Claim> curly = claims("In his memoir, “The Long Crossing,” Tom Baker argued that the tolls were unfair.");
        assertEquals(1, curly.size(), curly.toString());
        assertEquals("the tolls were unfair", curly.get(0).getContent(), curly.toString());
        List<Claim> words = claims("In her column, “the tolls will double by spring and the islanders will pay,” "
                + "Paula Green wrote.");
        assertEquals(1, words.size(), words.toString());
        assertEquals("the tolls will double by spring and the islanders will pay", words.get(0).getContent(),
                "a quote of words in a sentence's case is still what was said: " + words);
    }

    @Test
    void aParticipleAfterBeforeAfterOrWhileInsideTheSentenceIsSaidByItsSubject() {
        List<Claim> adding = claims("The mayor paused before adding, “We will not raise the tolls again this year.”");
        assertEquals(1, adding.size(), adding.toString());
        assertEquals("The mayor", adding.get(0).getSpeakerText(), adding.toString());
        assertEquals("We will not raise the tolls again this year", adding.get(0).getContent(), adding.toString());
        List<Claim> telling = claims("Paula Green waved to the crowd after telling them that the ferry would run "
                + "again by May.");
        assertEquals(1, telling.size(), telling.toString());
        assertEquals("Paula Green", telling.get(0).getSpeaker(), telling.toString());
        assertEquals("the ferry would run again by May", telling.get(0).getContent(), telling.toString());
        List<Claim> afterQuote = claims("“Keep the ferry running,” Paula Green sang to the crowd before asking them, "
                + "“Who will pay the tolls this year?”");
        assertTrue(afterQuote.stream().anyMatch(c -> "Paula Green".equals(c.getSpeaker())
                && c.getContent().equals("Who will pay the tolls this year?")), afterQuote.toString());
        List<Claim> chanting = claims("The pilots marched around the harbour while chanting, “Lower the tolls now.”");
        assertEquals(1, chanting.size(), chanting.toString());
        assertEquals("The pilots", chanting.get(0).getSpeakerText(), chanting.toString());
        assertTrue(claims("The board met before asking for a new timetable.").isEmpty(),
                "a participle with neither a quote nor a clause after it is an act, not a claim");
    }

    @Test
    void callAndDescribeAfterAPluralSubjectReportHowTheyNameSomething() {
        List<Claim> call = claims("Harbour pilots call the new tolls “a tax on islanders.”");
        assertEquals(1, call.size(), call.toString());
        assertEquals("Harbour pilots", call.get(0).getSpeakerText(), call.toString());
        assertEquals("call", call.get(0).getCue(), call.toString());
        List<Claim> describe = claims("Many pilots describe the board as reckless.");
        assertEquals(1, describe.size(), describe.toString());
        assertEquals("the board as reckless", describe.get(0).getContent(), describe.toString());
        assertTrue(claims("The harbour board took the call on Monday.").isEmpty(), "a noun is no cue");
    }

    @Test
    void twoNamesJoinedByAndArePluralBeforeABaseFormOfACue() {
        List<Claim> argue = claims("Paula Green and Tom Baker argue that the board is reckless.");
        assertEquals(1, argue.size(), argue.toString());
        assertEquals("Paula Green", argue.get(0).getSpeaker(), "the first name stands for both, as for \"X and Y said\"");
        assertEquals("the board is reckless", argue.get(0).getContent(), argue.toString());
        List<Claim> call = claims("Paula Green and Tom Baker call the new tolls “a tax on islanders.”");
        assertEquals(1, call.size(), call.toString());
        assertEquals("Paula Green", call.get(0).getSpeaker(), call.toString());
    }

    @Test
    void exhortedIsAVerbOfUrgingLikeUrged() {
        List<Claim> exhorted = claims("Paula Green exhorted the pilots to “keep the ferry running whatever the board "
                + "decides.”");
        assertEquals(1, exhorted.size(), exhorted.toString());
        assertEquals("Paula Green", exhorted.get(0).getSpeaker(), exhorted.toString());
        assertEquals("exhorted", exhorted.get(0).getCue(), exhorted.toString());
    }

    @Test
    void referencesIsAVerbOfMentioningLikeMentions() {
        List<Claim> advert = claims("Paula Green released an advert on Monday. The advert then references the board's "
                + "decision to double the harbour tolls.");
        assertTrue(advert.stream().anyMatch(c -> c.getCue().equals("references")
                && c.getContent().equals("the board's decision to double the harbour tolls")), advert.toString());
        List<Claim> participle = claims("Paula Green said the tolls were unfair, referencing the board's decision to "
                + "double them.");
        assertTrue(participle.stream().anyMatch(c -> c.getCue().equals("referencing")
                && "Paula Green".equals(c.getSpeaker())), participle.toString());
        assertTrue(claims("The report's references to the tolls were removed by the board.").isEmpty(),
                "a noun is no cue");
    }

    @Test
    void highlightedAndUnderscoredAreVerbsOfStressingLikeStressed() {
        List<Claim> highlighted = claims("Paula Green highlighted the board's decision to double the harbour tolls.");
        assertEquals(1, highlighted.size(), highlighted.toString());
        assertEquals("Paula Green", highlighted.get(0).getSpeaker(), highlighted.toString());
        assertEquals("the board's decision to double the harbour tolls", highlighted.get(0).getContent());
        List<Claim> underscored = claims("The pilots underscored that the ferry cannot run at night.");
        assertEquals(1, underscored.size(), underscored.toString());
        assertEquals("the ferry cannot run at night", underscored.get(0).getContent(), underscored.toString());
        assertTrue(claims("The highlights of the season were shown on Monday.").isEmpty(), "a noun is no cue");
    }

    @Test
    void yelledAndScreamedAreVerbsOfSayingLikeShouted() {
        List<Claim> video = claims("The video shows Paula Green yelling that the ferry had hit the pier.");
        assertEquals(1, video.size(), video.toString());
        assertEquals("Paula Green", video.get(0).getSpeaker(), video.toString());
        assertEquals("the ferry had hit the pier", video.get(0).getContent(), video.toString());
        List<Claim> yelled = claims("“Stop the ferry before it hits the pier!” Tom Baker yelled.");
        assertEquals(1, yelled.size(), yelled.toString());
        assertEquals("Tom Baker", yelled.get(0).getSpeaker(), yelled.toString());
    }

    @Test
    void encouragedIsAVerbOfUrgingLikeUrged() {
        List<Claim> claims = claims("Paula Green tweeted that the board was “reckless” and encouraged islanders to "
                + "“boycott the ferry.”");
        assertEquals(2, claims.size(), claims.toString());
        assertEquals("the board was “reckless”", claims.get(0).getContent(), claims.toString());
        assertEquals("encouraged", claims.get(1).getCue(), claims.toString());
        assertEquals("Paula Green", claims.get(1).getSpeaker(), claims.toString());
        assertTrue(claims("The pilots were encouraged by the new timetable.").isEmpty(), "a passive is no claim");
        assertTrue(claims("The pilots were urged by the board to sail at night.").isEmpty(),
                "the one urged is no content of the agent's");
        assertTrue(claims("The first results of the ferry trial were encouraging.").isEmpty(), "nor an adjective");
    }

    @Test
    void aTimeBetweenTheSubjectAndAVerbReadOnlyAfterItsSubjectIsSkipped() {
        List<Claim> reveals = claims("But a 40-page report released by the harbour board last month reveals that the "
                + "tolls have doubled since 2010.");
        assertEquals(1, reveals.size(), reveals.toString());
        assertEquals("reveals", reveals.get(0).getCue(), reveals.toString());
        assertEquals("the tolls have doubled since 2010", reveals.get(0).getContent(), reveals.toString());
        assertTrue(claims("The harbour board met last month. Its plans last month were modest.").isEmpty(),
                "a plural noun after a time is still no verb");
    }

    @Test
    void aPersonTheBodyNamesOpensAHeadlineLabelTheTaggerLeftUntagged() {
        // A Title Case headline often runs a name into the verb after it ("X Hammers Y"), which the tagger leaves
        // untagged or tags as one name; the person the body names in full is the one the label opens with.
        List<Claim> claims = claims("Paula Green Hammers Harbour Board Chief: ‘You Should Be Fired.’\n\n"
                + "Councillor Paula Green questioned the harbour board chief on Tuesday about the tolls.");
        assertTrue(claims.stream().anyMatch(c -> "Paula Green".equals(c.getSpeaker())
                && c.getContent().equals("You Should Be Fired.")), claims.toString());
    }

    @Test
    void aSecondAttributionOfAQuoteIntroducedByAColonTakesTheQuoteAfterIt() {
        // "X scolded him: “...,” she said. “...”": the colon gave the first quote to "scolded"; the "she said" after
        // it goes on into the next quote, which annotators give to that second attribution.
        List<Claim> claims = claims("Councillor Paula Green scolded him: “The harbour board has ignored every warning "
                + "about the tolls,” she said. “When you raise the fares twice in a year, people stop riding the "
                + "ferry.”");
        assertEquals(2, claims.size(), claims.toString());
        assertEquals("The harbour board has ignored every warning about the tolls", claims.get(0).getContent());
        assertEquals("said", claims.get(1).getCue(), claims.toString());
        assertEquals("Paula Green", claims.get(1).getSpeaker(), claims.toString());
        assertEquals("When you raise the fares twice in a year, people stop riding the ferry",
                claims.get(1).getContent(), claims.toString());
    }

    @Test
    void aBaseFormOfACueAfterAndGoesOnWithTheSubjectOfTheBaseFormBefore() {
        List<Claim> claims = claims("The pilots call the new tolls “a tax on islanders” and describe the board as "
                + "reckless.");
        assertEquals(2, claims.size(), claims.toString());
        assertEquals("the new tolls “a tax on islanders”", claims.get(0).getContent(), claims.toString());
        assertEquals("describe", claims.get(1).getCue(), claims.toString());
        assertEquals("The pilots", claims.get(1).getSpeakerText(), claims.toString());
        assertEquals("the board as reckless", claims.get(1).getContent(), claims.toString());
    }

    @Test
    void aParticipleInAnAbsolutePhraseAfterWithIsNoClaimOfItsNoun() {
        List<Claim> claims = claims("The strikes are expected to continue into the spring, with both Mayor Paula "
                + "Green and her husband Tom expected to visit the harbour in the coming weeks.");
        assertTrue(claims.stream().noneMatch(c -> "Paula Green".equals(c.getSpeaker())), claims.toString());
        claims = claims("The strikes are expected to continue into the spring, with Paula Green expected to visit "
                + "the harbour in the coming weeks.");
        assertTrue(claims.stream().noneMatch(c -> "Paula Green".equals(c.getSpeaker())), claims.toString());
        List<Claim> finite = claims("Paula Green met with the pilots and expected to settle the strike by May.");
        assertTrue(finite.stream().anyMatch(c -> "Paula Green".equals(c.getSpeaker())),
                "after a verb and its object, the participle is the subject's own verb: " + finite);
    }

    @Test
    void whatSomeoneSaidBeforeAClauseOfTimeHasNoContentAfterIt() {
        List<Claim> claims = claims("Several pilots have complained about the tolls. That was what Paula Green "
                + "said when she resigned from the harbour board in 2014.");
        assertTrue(claims.stream().noneMatch(c -> c.getContent().startsWith("when she resigned")),
                claims.toString());
        List<Claim> said = claims("That is what Paula Green says the tolls will pay for.");
        assertTrue(said.stream().anyMatch(c -> "Paula Green".equals(c.getSpeaker())), said.toString());
    }

    @Test
    void aClauseOfTimeOpeningTheSentenceEndsWhatWasSaidAtItsComma() {
        List<Claim> claims = claims("While a harbour judge found the toll unlawful, her ruling was overturned by "
                + "the appeals court in May.");
        assertTrue(claims.stream().noneMatch(c -> c.getContent().contains("overturned")), claims.toString());
        List<Claim> day = claims("The morning Mayor Paula Green announced the new tolls last year, she summoned her "
                + "deputy to the harbour office.");
        assertTrue(day.stream().noneMatch(c -> c.getContent().contains("deputy")), day.toString());
        List<Claim> main = claims("When the vote ended, Paula Green said the tolls would double, and the pilots "
                + "walked out.");
        assertTrue(main.stream().anyMatch(c -> "Paula Green".equals(c.getSpeaker())
                && c.getContent().startsWith("the tolls would double")), main.toString());
    }

    @Test
    void aVerbOfSayingInWhatSomeoneHopesOrWishesReportsNothing() {
        List<Claim> claims = claims("I hope in 2018 Oban says, \"Thank you for the ferries.\"");
        assertTrue(claims.stream().noneMatch(c -> "Oban".equals(c.getSpeaker()) && "says".equals(c.getCue())),
                claims.toString());
        List<Claim> council = claims("The pilots hope the council says yes to the new tolls.");
        assertTrue(council.stream().noneMatch(c -> "says".equals(c.getCue())), council.toString());
        List<Claim> said = claims("The pilots hope for calm, and Paula Green says the tolls will stay.");
        assertTrue(said.stream().anyMatch(c -> "Paula Green".equals(c.getSpeaker())), said.toString());
    }

    @Test
    void consideringAThingWithNothingSaidOfItIsNoBelief() {
        assertTrue(claims("The tolls were put on hold while the harbour court considered the matter.").isEmpty());
        List<Claim> plan = claims("Paula Green considered the plan, and the board voted.");
        assertTrue(plan.stream().noneMatch(c -> "considered".equals(c.getCue())), plan.toString());
        List<Claim> disgrace = claims("The pilots considered the tolls a disgrace.");
        assertEquals(1, disgrace.size(), "what the thing is considered to be is a belief: " + disgrace);
    }

    @Test
    void aQuotedPhraseAfterAndInAListAfterAPrepositionIsNotTheWordsSaidAfterIt() {
        List<Claim> claims = claims("As the mayor went on about \u201chow the tolls are rigged,\u201d and \u201cour own "
                + "struggling pilots,\u201d Paula Green said yes, over and over again.");
        assertTrue(claims.stream().noneMatch(c -> c.getContent().contains("struggling pilots")), claims.toString());
        List<Claim> quoted = claims("\u201cThe tolls are rigged and the pilots are struggling,\u201d Paula Green said.");
        assertEquals(1, quoted.size(), quoted.toString());
    }
}
