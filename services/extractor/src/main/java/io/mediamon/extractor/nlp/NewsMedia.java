package io.mediamon.extractor.nlp;

import io.mediamon.schema.EntityType;
import java.util.regex.Pattern;

/**
 * Whether an organisation is a news medium (a newspaper, a broadcaster, a news agency), told by the words its names
 * are made of ("... News", "... Times", "... Radio") and by the few agencies that are known by their name alone. A
 * report names the medium it spoke to; that is how the news was gathered, not a party to what happened.
 */
final class NewsMedia {
    private static final Pattern MEDIUM = Pattern.compile("\\b(News|Newspapers?|Times|Post|Herald|Tribune|Journal"
            + "|Gazette|Telegraph|Chronicle|Press|Radio|Television|TV|Broadcasting|Magazine|Channel|Reuters|Bloomberg"
            + "|BBC|CNN|NPR|AFP)\\b");

    private NewsMedia() {}

    static boolean isMedium(Referent referent) {
        return referent.type() == EntityType.ORGANIZATION && MEDIUM.matcher(referent.name()).find();
    }
}
