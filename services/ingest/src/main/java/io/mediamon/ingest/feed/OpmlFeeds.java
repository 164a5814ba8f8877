package io.mediamon.ingest.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * OPML, the export format of every feed reader, as the feed list {@link FeedConfigReader} validates: each
 * {@code <outline xmlUrl="...">} is a feed whose source is its {@code title} (or {@code text}), and the folders it
 * sits in are its tags ({@code <outline text="World"><outline xmlUrl=.../></outline>} is tagged "world"). Poll
 * interval and full-article fetching take their defaults. A DOCTYPE is refused: no entity is ever expanded.
 */
final class OpmlFeeds {
  private static final ObjectMapper JSON = new ObjectMapper();

  private OpmlFeeds() {}

  static ObjectNode toFeedList(String fileName, String text) throws FeedConfigException {
    Element opml;
    try {
      opml = parser().parse(new InputSource(new StringReader(text))).getDocumentElement();
    } catch (SAXParseException e) {
      throw new FeedConfigException(fileName, List.of("not valid OPML at line " + e.getLineNumber() + ", column "
          + e.getColumnNumber() + ": " + e.getMessage()));
    } catch (org.xml.sax.SAXException | IOException e) {
      throw new FeedConfigException(fileName, List.of("not valid OPML: " + e.getMessage()));
    }
    if (!opml.getTagName().equalsIgnoreCase("opml")) {
      throw new FeedConfigException(fileName, List.of("expected an <opml> document, got <" + opml.getTagName() + ">"));
    }
    ObjectNode root = JSON.createObjectNode();
    ArrayNode feeds = root.putArray("feeds");
    collect(opml, new ArrayList<>(), feeds);
    return root;
  }

  private static void collect(Element parent, List<String> folders, ArrayNode feeds) {
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (!(child instanceof Element element)) {
        continue;
      }
      String name = element.getTagName().toLowerCase(Locale.ROOT);
      if (name.equals("body")) {
        collect(element, folders, feeds);
      } else if (name.equals("outline")) {
        String label = !element.getAttribute("title").isBlank() ? element.getAttribute("title").trim()
            : element.getAttribute("text").trim();
        if (!element.getAttribute("xmlUrl").isBlank()) {
          ObjectNode feed = feeds.addObject();
          feed.put("url", element.getAttribute("xmlUrl").trim());
          if (!label.isEmpty()) {
            feed.put("source", label);
          }
          if (!folders.isEmpty()) {
            ArrayNode tags = feed.putArray("tags");
            folders.forEach(tags::add);
          }
        } else {
          List<String> inner = new ArrayList<>(folders);
          if (!label.isEmpty()) {
            inner.add(label);
          }
          collect(element, inner, feeds);
        }
      }
    }
  }

  private static DocumentBuilder parser() throws FeedConfigException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      // The default handler prints "[Fatal Error]" to stderr besides throwing: the exception is reported instead.
      builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
        @Override
        public void error(SAXParseException e) throws SAXParseException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
          throw e;
        }
      });
      return builder;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser cannot be made safe for OPML", e);
    }
  }
}
