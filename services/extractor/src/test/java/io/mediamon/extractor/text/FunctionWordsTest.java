package io.mediamon.extractor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class FunctionWordsTest {

    private static final String ENGLISH = "The minister said on Tuesday that the talks with the rebels would go on for"
            + " as long as it takes, and that he was not worried about the delay, which had been expected by most of"
            + " the people who follow the process.";
    private static final String SWEDISH = "Ministern sade i tisdags att samtalen med rebellerna skulle fortsätta så"
            + " länge det behövs, och att han inte var orolig för förseningen, som de flesta som följer processen"
            + " hade väntat sig.";

    @Test
    void proseInAListedLanguageLeavesNoDoubt() {
        assertEquals("en", FunctionWords.dominantLanguage(ENGLISH));
    }

    @Test
    void aLanguageWithoutAListIsLeftToTheCharacterModels() {
        assertNull(FunctionWords.dominantLanguage(SWEDISH));
    }

    @Test
    void aFewWordsOrAListOfNamesAreNoEvidence() {
        assertNull(FunctionWords.dominantLanguage("The talks went on."));
        assertNull(FunctionWords.dominantLanguage("Ali Shamkhani, Zabihullah Mujahid, Abdul Ghani Baradar, Ashraf"
                + " Ghani, Hamid Karzai, Mike Pompeo, Zalmay Khalilzad, Abdullah Abdullah, Javad Zarif, Hassan"
                + " Rouhani, Ali Khamenei, Imran Khan, Qamar Javed Bajwa, Mohammad Bin Salman"));
    }

    @Test
    void shortTextsNeedOnlyAClearShare() {
        assertEquals("en", FunctionWords.language("The talks went on."));
        assertEquals("de", FunctionWords.language("Die Gespräche gehen weiter, sagte er."));
    }
}
