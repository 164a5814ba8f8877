package io.mediamon.extractor.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LanguageDetectorTest {

    @Test
    void english() {
        assertEquals("en", LanguageDetector.detect("Iran is conducting its own talks with the Taliban as a U.S. "
                + "envoy has quiet talks in an effort to ink a peace deal with the terror group."));
        // Dense with names, and "met" is also a Dutch word.
        assertEquals("en", LanguageDetector.detect("Iranian officials met Taliban envoys in Tehran on Wednesday."));
    }

    @Test
    void otherLanguages() {
        assertEquals("de", LanguageDetector.detect("Der iranische Sicherheitsrat hat nach eigenen Angaben Gespräche "
                + "mit den Taliban geführt, die Regierung in Kabul sei darüber informiert worden."));
        assertEquals("fr", LanguageDetector.detect("L'Iran mène ses propres discussions avec les talibans, selon "
                + "le secrétaire du Conseil suprême de la sécurité nationale."));
        assertEquals("es", LanguageDetector.detect("Irán mantiene sus propias conversaciones con los talibanes, "
                + "según el secretario del Consejo Supremo de Seguridad Nacional."));
        assertEquals("it", LanguageDetector.detect("L'Iran conduce i propri colloqui con i talebani, secondo il "
                + "segretario del Consiglio supremo per la sicurezza nazionale che è stato a Kabul."));
        assertEquals("pt", LanguageDetector.detect("O Irã conduz as suas próprias conversas com o Talibã, segundo "
                + "o secretário do Conselho Supremo de Segurança Nacional, que não deu detalhes."));
        assertEquals("nl", LanguageDetector.detect("Iran voert zijn eigen gesprekken met de Taliban, volgens de "
                + "secretaris van de Nationale Veiligheidsraad, die het niet wilde toelichten."));
    }

    @Test
    void undeterminedWhenThereIsNoProse() {
        assertEquals("und", LanguageDetector.detect("Иран ведёт собственные переговоры с талибами."));
        assertEquals("und", LanguageDetector.detect("ISIS NATO UN"));
        assertEquals("und", LanguageDetector.detect("1234 5678"));
    }
}
