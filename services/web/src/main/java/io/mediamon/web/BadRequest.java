package io.mediamon.web;

/** A request the API refuses with 400 and this message (a parameter, a body): the client must change it. */
final class BadRequest extends RuntimeException {
  BadRequest(String message) {
    super(message);
  }
}
