package io.mediamon.ingest.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Complete Jetty responses with a body of known length: JSON (every answer of mediamon's endpoints) or text. */
public final class JsonResponses {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonResponses() {}

  public static ObjectNode error(String message) {
    return JSON.createObjectNode().put("error", message);
  }

  public static void json(Response response, Callback callback, int status, ObjectNode body) {
    byte[] bytes;
    try {
      bytes = JSON.writeValueAsBytes(body);
    } catch (java.io.IOException e) {
      callback.failed(e);
      return;
    }
    send(response, callback, status, "application/json; charset=utf-8", bytes);
  }

  public static void text(Response response, Callback callback, int status, String contentType, String text) {
    send(response, callback, status, contentType, text.getBytes(StandardCharsets.UTF_8));
  }

  private static void send(Response response, Callback callback, int status, String contentType, byte[] bytes) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
    response.write(true, ByteBuffer.wrap(bytes), callback);
  }
}
