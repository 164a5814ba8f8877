package io.mediamon.delivery.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The webhook signature: {@code sha256=} and the lower-case hex HMAC-SHA256, keyed with the shared secret, of
 * {@code <timestamp>.<body>} where timestamp is the {@code X-Mediamon-Timestamp} header (Unix seconds). Signing the
 * timestamp with the body lets a receiver refuse an old request replayed by someone who captured it.
 */
public final class WebhookSigner {
  public static final String SIGNATURE_HEADER = "X-Mediamon-Signature";
  public static final String TIMESTAMP_HEADER = "X-Mediamon-Timestamp";

  private final byte[] secret;

  public WebhookSigner(String secret) {
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
  }

  /** Whether a secret is configured; without one requests go unsigned. */
  public boolean signs() {
    return secret.length > 0;
  }

  public String signature(long timestampSeconds, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      mac.update((timestampSeconds + ".").getBytes(StandardCharsets.US_ASCII));
      mac.update(body);
      return "sha256=" + hex(mac.doFinal());
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  private static String hex(byte[] bytes) {
    StringBuilder hex = new StringBuilder(bytes.length * 2);
    for (byte b : bytes) {
      hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
    }
    return hex.toString();
  }
}
