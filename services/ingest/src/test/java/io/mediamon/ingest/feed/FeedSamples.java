package io.mediamon.ingest.feed;

/** Small feeds written for these tests, one per format. */
public final class FeedSamples {
  private FeedSamples() {}

  public static String rss20(String link1, String link2) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Harbour Times</title><link>http://example.test/</link>
        <description>Local news</description>
        <item><title>Ferry service resumes</title><link>%s</link>
          <description>&lt;p&gt;The ferry to the island runs again.&lt;/p&gt;</description>
          <pubDate>Tue, 03 Mar 2026 08:15:00 GMT</pubDate><guid>ferry-1</guid></item>
        <item><title>Council approves budget</title><link>%s</link>
          <description>The council voted 7 to 2.</description>
          <pubDate>Wed, 04 Mar 2026 17:00:00 GMT</pubDate></item>
        </channel></rss>
        """.formatted(link1, link2);
  }

  static String rss10(String link) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                 xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel rdf:about="http://example.test/rss1"><title>Valley Post</title><link>http://example.test/</link>
            <description>Regional</description>
            <items><rdf:Seq><rdf:li rdf:resource="%1$s"/></rdf:Seq></items></channel>
          <item rdf:about="%1$s"><title>Bridge closed for repairs</title><link>%1$s</link>
            <description>The old bridge is closed until May.</description><dc:date>2026-03-05T10:30:00Z</dc:date></item>
        </rdf:RDF>
        """.formatted(link);
  }

  public static String atom(String link) {
    return """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Coast Wire</title><id>urn:uuid:coast-wire</id>
          <updated>2026-03-06T12:00:00Z</updated>
          <entry><title>Storm warning for the coast</title><link rel="alternate" href="%s"/>
            <id>urn:uuid:storm-1</id><published>2026-03-06T11:45:00Z</published><updated>2026-03-06T12:00:00Z</updated>
            <summary type="text">Winds up to 100 km/h are expected tonight.</summary></entry>
        </feed>
        """.formatted(link);
  }
}
