package io.mediamon.extractor.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimHashTest {

    private static final String STORY = """
            Iran is conducting its own talks with the Taliban as a U.S. envoy has quiet talks in an effort to ink a \
            peace deal with the terror group. Taliban spokesman Zabihullah Mujahid said Dec. 17 that the group met \
            with U.S., Pakistani, Saudi and Emirati representatives in Abu Dhabi. The U.S. envoy, native Afghan and \
            former Bush administration UN Ambassador Zalmay Khalilzad, previously met twice with the Taliban in \
            Qatar. Mujahid said that discussions were held with the American side over the end to the invasion of \
            Afghanistan but did not elaborate. The Taliban have refused to meet directly with the Afghan government, \
            which they consider illegitimate. But just days after the Abu Dhabi meeting, the Taliban sat down with \
            Iranian officials at an undisclosed location.""";

    /** The same story as another outlet ran it: a changed word or two, other punctuation and case. */
    private static final String EDITED = """
            IRAN is conducting its own talks with the Taliban, as a US envoy holds quiet talks in an effort to ink a \
            peace deal with the terror group! Taliban spokesman Zabihullah Mujahid said Dec 17 that the group met \
            with U.S., Pakistani, Saudi and Emirati representatives in Abu Dhabi. The U.S. envoy, native Afghan and \
            former Bush administration UN Ambassador Zalmay Khalilzad, previously met twice with the Taliban in \
            Qatar. Mujahid said that "discussions were held with the American side over the end to the invasion of \
            Afghanistan" but did not elaborate. The Taliban have refused to meet directly with the Afghan government, \
            which they consider illegitimate. Just days after the Abu Dhabi meeting, the Taliban sat down with \
            Iranian officials at an undisclosed location.""";

    private static final String UNRELATED = """
            The central bank raised its benchmark interest rate by a quarter of a percentage point on Wednesday, \
            citing persistent inflation in services and a tight labour market. Economists had expected the move, \
            although two members of the rate-setting committee voted to hold. Markets barely reacted, and the \
            currency was little changed against the dollar by the close of trading in London. The bank said it \
            would watch wage growth closely before deciding whether further increases are needed next year.""";

    @Test
    void fingerprintIsSixteenLowercaseHexDigits() {
        assertTrue(SimHash.fingerprint(STORY).matches("[0-9a-f]{16}"));
        assertTrue(SimHash.fingerprint("a").matches("[0-9a-f]{16}"));
        assertEquals("0000000000000000", SimHash.fingerprint("...!"));
    }

    @Test
    void caseAndPunctuationDoNotMatter() {
        assertEquals(SimHash.fingerprint(STORY), SimHash.fingerprint(STORY.toUpperCase().replace(",", " ; ")));
    }

    @Test
    void lightlyEditedCopyIsClose() {
        int distance = SimHash.hammingDistance(SimHash.fingerprint(STORY), SimHash.fingerprint(EDITED));
        assertTrue(distance <= 8, "distance " + distance);
    }

    @Test
    void unrelatedTextIsFar() {
        int distance = SimHash.hammingDistance(SimHash.fingerprint(STORY), SimHash.fingerprint(UNRELATED));
        assertTrue(distance >= 20, "distance " + distance);
    }

    @Test
    void hammingDistanceCountsDifferingBits() {
        assertEquals(0, SimHash.hammingDistance("00000000000000ff", "00000000000000ff"));
        assertEquals(8, SimHash.hammingDistance("00000000000000ff", "0000000000000000"));
        assertEquals(64, SimHash.hammingDistance("ffffffffffffffff", "0000000000000000"));
        assertThrows(IllegalArgumentException.class, () -> SimHash.hammingDistance("abc", "0000000000000000"));
        assertThrows(IllegalArgumentException.class, () -> SimHash.hammingDistance("zzzzzzzzzzzzzzzz", "0000000000000000"));
        assertThrows(IllegalArgumentException.class, () -> SimHash.hammingDistance(null, "0000000000000000"));
    }
}
