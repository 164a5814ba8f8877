package io.mediamon.delivery.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignerTest {
  private static final byte[] BODY = "{\"eventId\":\"sty-1\"}".getBytes(StandardCharsets.UTF_8);

  @Test
  void signsTimestampDotBodyAsOpensslAndPythonDo() {
    // python3 -c "import hmac,hashlib; print(hmac.new(b'topsecret', b'1764489600.{\"eventId\":\"sty-1\"}',
    //   hashlib.sha256).hexdigest())"
    assertEquals("sha256=cf0603f9ce3e9aa8880a19cab57fea075ef2519951a1d79583c271f509c46483",
        new WebhookSigner("topsecret").signature(1764489600L, BODY));
  }

  @Test
  void theTimestampAndTheSecretChangeTheSignature() {
    WebhookSigner signer = new WebhookSigner("topsecret");
    assertNotEquals(signer.signature(1764489600L, BODY), signer.signature(1764489601L, BODY));
    assertNotEquals(signer.signature(1764489600L, BODY), new WebhookSigner("other").signature(1764489600L, BODY));
    assertFalse(new WebhookSigner("").signs());
  }
}
