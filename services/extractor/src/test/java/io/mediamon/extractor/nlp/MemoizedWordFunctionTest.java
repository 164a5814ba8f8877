package io.mediamon.extractor.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class MemoizedWordFunctionTest {

    @Test
    void eachWordIsComputedOnceAndGivesWhatTheFunctionGives() {
        AtomicInteger calls = new AtomicInteger();
        Function<String, String> americanize = w -> {
            calls.incrementAndGet();
            return w.replace("colour", "color");
        };
        MemoizedWordFunction memo = new MemoizedWordFunction(americanize);
        for (int i = 0; i < 10; i++) {
            assertEquals("color", memo.apply("colour"));
            assertEquals("Taliban", memo.apply("Taliban"));
        }
        assertEquals(2, calls.get());
    }

    @Test
    void theMemoIsBounded() {
        AtomicInteger calls = new AtomicInteger();
        MemoizedWordFunction memo = new MemoizedWordFunction(w -> {
            calls.incrementAndGet();
            return w;
        });
        for (int i = 0; i <= MemoizedWordFunction.MAX_WORDS; i++) {
            memo.apply("w" + i);
        }
        // The memo was emptied when full: the first word is computed again.
        memo.apply("w0");
        assertEquals(MemoizedWordFunction.MAX_WORDS + 2, calls.get());
    }
}
