package io.mediamon.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The page's files as the jar serves them: nothing the Content-Security-Policy would block or that could turn data
 * into markup, nothing fetched from elsewhere; and the OpenAPI file describes every public route.
 */
class WebAssetsTest {
  private static String resource(String name) throws IOException {
    try (InputStream in = WebServer.class.getResourceAsStream(name)) {
      assertTrue(in != null, name + " is in the jar");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void thePageHasNoInlineScriptOrStyleAndLoadsNothingFromElsewhere() throws IOException {
    String html = resource("static/index.html");
    assertFalse(Pattern.compile("<script(?![^>]*\\bsrc=)", Pattern.CASE_INSENSITIVE).matcher(html).find(),
        "inline script");
    assertFalse(Pattern.compile("<style|\\sstyle=|\\son[a-z]+=", Pattern.CASE_INSENSITIVE).matcher(html).find(),
        "inline style or event handler attribute");
    for (String file : List.of("static/index.html", "static/app.js", "static/app.css")) {
      String text = resource(file);
      assertFalse(Pattern.compile("(src|href)=\"(https?:)?//|@import|url\\(\\s*['\"]?(https?:)?//").matcher(text)
          .find(), file + " loads something from another host");
    }
  }

  @Test
  void theScriptNeverTurnsTextIntoMarkup() throws IOException {
    String js = resource("static/app.js");
    for (String sink : List.of("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
        "new Function", "setAttribute('on", "javascript:")) {
      assertFalse(js.contains(sink), "app.js uses " + sink);
    }
  }

  @Test
  void theContentSecurityPolicyAllowsOnlyThisServer() {
    assertTrue(WebServer.CSP.startsWith("default-src 'none'; script-src 'self'; style-src 'self';"), WebServer.CSP);
    assertFalse(WebServer.CSP.contains("unsafe"), WebServer.CSP);
    assertTrue(WebServer.CSP.contains("frame-ancestors 'none'"), WebServer.CSP);
  }

  @Test
  void theOpenApiFileDescribesEveryPublicRoute() throws IOException {
    JsonNode api = new YAMLMapper().readTree(resource("openapi.yaml"));
    assertEquals("3.1.0", api.get("openapi").asText());
    for (String path : List.of("/api/stories", "/api/stories/{id}", "/api/entity", "/api/alerts",
        "/api/alerts/stream", "/api/watches", "/api/watches/{id}")) {
      assertTrue(api.get("paths").has(path), path);
    }
    assertTrue(api.at("/paths/~1api~1watches~1{id}/put/responses").has("401"));
  }
}
