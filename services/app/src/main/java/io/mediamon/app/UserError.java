package io.mediamon.app;

/** Something the user can fix (a file, a flag): reported as one line, exit code 2, no stack trace. */
public final class UserError extends RuntimeException {
  public UserError(String message) {
    super(message);
  }
}
