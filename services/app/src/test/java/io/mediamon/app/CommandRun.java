package io.mediamon.app;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One command line run through {@link Main} in this JVM, as a user would see it: exit code, stdout and stderr. */
record CommandRun(int exit, String out, String err) {
  static CommandRun of(String... command) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), command);
    return new CommandRun(exit, out.toString(), err.toString());
  }
}
