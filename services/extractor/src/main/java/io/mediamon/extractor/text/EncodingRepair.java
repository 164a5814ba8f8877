package io.mediamon.extractor.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Undoes the two common ways a fetcher garbles text by decoding it with the wrong character set, when that can
 * be done without guessing:
 * <ul>
 *   <li>UTF-8 bytes decoded as Windows-1252 or Latin-1 ("mojibake": "Ã©" for "é", "â€™" for "’"): the characters
 *   are turned back into their bytes and decoded as UTF-8, one sequence at a time, and only sequences that are
 *   valid UTF-8 are changed. A lone two-character sequence can be genuine text ("É”"), so two-byte sequences are
 *   only repaired when the text has at least two of them or a longer one. One sequence has lost its last byte
 *   to the decoder: Windows-1252 leaves 0x9D undefined, so the closing quote ” (E2 80 9D) arrives as "â€" and
 *   U+FFFD; that triple is read as ”, the only character of the five possible ones (U+2001, U+200D, U+200F,
 *   U+2010, U+201D) that news text uses regularly;</li>
 *   <li>Windows-1252 bytes decoded as Latin-1: the C1 control characters U+0080..U+009F, which no text uses, become
 *   the Windows-1252 characters they stand for (U+0092 → ’).</li>
 * </ul>
 * What cannot be undone is left alone: a Latin-1 body decoded as UTF-8 has lost its accented letters to U+FFFD.
 */
final class EncodingRepair {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** The byte Windows-1252 encodes each of U+0000..U+FFFF as, or -1; Latin-1 for the C1 range. */
    private static final int[] BYTE_OF = byteTable();

    private EncodingRepair() {
    }

    /** "â€" and U+FFFD: the closing double quote after a decoder that rejects byte 0x9D. */
    private static final String BROKEN_CLOSING_QUOTE = "\u00E2\u20AC\uFFFD";

    static String repair(String text) {
        String s = text;
        if (mojibakeSequences(s) >= 2) {
            s = decodeMojibake(s.replace(BROKEN_CLOSING_QUOTE, "\u201D"));
        }
        return replaceC1Controls(s);
    }

    /** Number of repairable sequences, with longer ones counted as two (they are never genuine). */
    private static int mojibakeSequences(String s) {
        int found = 0;
        for (int at = s.indexOf(BROKEN_CLOSING_QUOTE); at >= 0; at = s.indexOf(BROKEN_CLOSING_QUOTE, at + 1)) {
            found += 2;
        }
        for (int i = 0; i < s.length(); i++) {
            int length = sequenceAt(s, i);
            if (length > 0) {
                found += length > 2 ? 2 : 1;
                i += length - 1;
            }
        }
        return found;
    }

    private static String decodeMojibake(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            int length = sequenceAt(s, i);
            if (length > 0) {
                out.append(decode(s, i, length));
                i += length - 1;
            } else {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }

    /** Length in chars of a valid UTF-8 sequence written as single-byte characters at i, or 0. */
    private static int sequenceAt(String s, int i) {
        int lead = BYTE_OF[s.charAt(i)];
        int length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
                : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
        if (length == 0 || i + length > s.length()) {
            return 0;
        }
        for (int k = i + 1; k < i + length; k++) {
            int b = BYTE_OF[s.charAt(k)];
            if (b < 0x80 || b > 0xBF) {
                return 0;
            }
        }
        return decode(s, i, length) != null ? length : 0;
    }

    /** The sequence decoded strictly (no overlong forms, no surrogates), or null. */
    private static String decode(String s, int i, int length) {
        byte[] bytes = new byte[length];
        for (int k = 0; k < length; k++) {
            bytes[k] = (byte) BYTE_OF[s.charAt(i + k)];
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }

    /** U+0080..U+009F → the Windows-1252 character of that byte; the five bytes it leaves undefined are dropped. */
    private static String replaceC1Controls(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && c <= 0x9F) {
                if (out == null) {
                    out = new StringBuilder(s.length()).append(s, 0, i);
                }
                String decoded = new String(new byte[]{(byte) c}, WINDOWS_1252);
                if (decoded.charAt(0) != '\uFFFD') {
                    out.append(decoded);
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    private static int[] byteTable() {
        int[] table = new int[0x10000];
        Arrays.fill(table, -1);
        for (int c = 0x80; c <= 0xFF; c++) {
            table[c] = c;
        }
        CharBuffer chars;
        for (int b = 0x80; b <= 0x9F; b++) {
            chars = WINDOWS_1252.decode(ByteBuffer.wrap(new byte[]{(byte) b}));
            char c = chars.charAt(0);
            if (c != '\uFFFD') {
                table[c] = b;
            }
        }
        return table;
    }
}
