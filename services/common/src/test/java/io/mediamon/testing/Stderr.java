package io.mediamon.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** What the loggers print (slf4j-simple writes to System.err), for tests that assert a refusal was logged. */
public final class Stderr {
  private Stderr() {}

  /** What is printed on System.err while {@code action} runs; it is passed on to the real stderr too. */
  public static String capturing(Runnable action) {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      action.run();
    } finally {
      System.setErr(original);
    }
    String text = captured.toString(StandardCharsets.UTF_8);
    original.print(text);
    return text;
  }
}
