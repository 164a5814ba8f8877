package io.mediamon.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * Parses RSS 0.9x/1.0/2.0 and Atom with ROME. Documents with a DOCTYPE are refused outright: that one rule stops both
 * external entities (XXE, reading local files or internal URLs) and entity expansion bombs (billion laughs), and no
 * real feed needs a DTD. ROME additionally turns off external entity and DTD loading in its SAX builder.
 */
public final class FeedParser {

  public List<FeedItem> parse(byte[] body) throws FeedParseException {
    SyndFeedInput input = new SyndFeedInput();
    input.setAllowDoctypes(false);
    input.setXmlHealerOn(false);
    SyndFeed feed;
    // XmlReader picks the charset from the BOM and XML declaration, as the XML spec says for a document without a
    // trustworthy HTTP charset.
    try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body), true)) {
      feed = input.build(reader);
    } catch (FeedException | IOException | IllegalArgumentException e) {
      throw new FeedParseException(reason(e), e);
    }
    List<FeedItem> items = new ArrayList<>();
    for (SyndEntry entry : feed.getEntries()) {
      SyndContent content = entry.getContents().isEmpty() ? entry.getDescription() : entry.getContents().get(0);
      String text = content == null ? null : content.getValue();
      Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
      items.add(new FeedItem(blankToNull(entry.getLink()), blankToNull(entry.getTitle()),
          date == null ? null : date.toInstant(), blankToNull(text), content != null && isHtml(content.getType())));
    }
    return items;
  }

  private static boolean isHtml(String type) {
    // ROME reports RSS descriptions as text/html; Atom content as "html", "xhtml" or "text".
    return type == null || type.toLowerCase(Locale.ROOT).contains("html");
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  private static String reason(Exception e) {
    String message = String.valueOf(e.getMessage());
    if (message.contains("DOCTYPE") || message.contains("doctype")) {
      return "feed has a DOCTYPE, refused (DTDs and entities are not allowed)";
    }
    return "not a valid RSS or Atom feed: " + message;
  }
}
