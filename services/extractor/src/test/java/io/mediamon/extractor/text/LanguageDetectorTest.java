package io.mediamon.extractor.text;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LanguageDetectorTest {

    private static LanguageDetector detector;

    @BeforeAll
    static void load() {
        detector = LanguageDetector.load();
    }

    private static String detect(String text) {
        return detector.detect(text);
    }

    @Test
    void english() {
        assertEquals("en", detect("Iran is conducting its own talks with the Taliban as a U.S. "
                + "envoy has quiet talks in an effort to ink a peace deal with the terror group."));
        // Short and dense with names: n-gram models alone take these for Turkish, Spanish or German.
        assertEquals("en", detect("Iranian officials met Taliban envoys in Tehran on Wednesday."));
        assertEquals("en", detect("They met in Tehran on Jan. 17, 2017."));
        assertEquals("en", detect("The envoy met the Taliban on May 5."));
        assertEquals("en", detect("Despite January's hotel siege, talks went on."));
    }

    @Test
    void latinScriptLanguages() {
        assertEquals("de", detect("Der iranische Sicherheitsrat hat nach eigenen Angaben Gespräche "
                + "mit den Taliban geführt, die Regierung in Kabul sei darüber informiert worden."));
        assertEquals("fr", detect("L'Iran mène ses propres discussions avec les talibans, selon "
                + "le secrétaire du Conseil suprême de la sécurité nationale."));
        assertEquals("es", detect("Irán mantiene sus propias conversaciones con los talibanes, "
                + "según el secretario del Consejo Supremo de Seguridad Nacional."));
        assertEquals("it", detect("L'Iran conduce i propri colloqui con i talebani, secondo il "
                + "segretario del Consiglio supremo per la sicurezza nazionale che è stato a Kabul."));
        assertEquals("pt", detect("O Irã conduz as suas próprias conversas com o Talibã, segundo "
                + "o secretário do Conselho Supremo de Segurança Nacional, que não deu detalhes."));
        assertEquals("nl", detect("Iran voert zijn eigen gesprekken met de Taliban, volgens de "
                + "secretaris van de Nationale Veiligheidsraad, die het niet wilde toelichten."));
        assertEquals("tr", detect("İran, Ulusal Güvenlik Yüksek Konseyi sekreterine göre Taliban ile kendi "
                + "görüşmelerini yürütüyor ve Kabil hükümeti bu konuda bilgilendirildi."));
        assertEquals("id", detect("Iran melakukan pembicaraan sendiri dengan Taliban, menurut sekretaris Dewan "
                + "Keamanan Nasional Tertinggi, dan pemerintah Afghanistan telah diberi tahu."));
    }

    @Test
    void aLatinScriptLanguageWithoutFunctionWordListIsNotTakenForOneWithAList() {
        assertEquals("sv", detect("Ministern sade i tisdags att samtalen med rebellerna skulle fortsätta så länge"
                + " det behövs, och att han inte var orolig för förseningen, som de flesta som följer processen hade"
                + " väntat sig."));
    }

    @Test
    void otherScripts() {
        assertEquals("ru", detect("Иран ведёт собственные переговоры с талибами, сообщил секретарь Высшего "
                + "совета национальной безопасности."));
        assertEquals("uk", detect("Іран веде власні переговори з талібами, повідомив секретар Вищої ради "
                + "національної безпеки."));
        assertEquals("ar", detect("تجري إيران محادثات خاصة بها مع حركة طالبان، بحسب أمين المجلس الأعلى "
                + "للأمن القومي."));
        assertEquals("fa", detect("ایران مذاکرات خود را با طالبان انجام می‌دهد و دولت افغانستان از این "
                + "گفتگوها آگاه شده است."));
        assertEquals("zh", detect("伊朗正在与塔利班进行自己的谈判，最高国家安全委员会秘书表示。"));
        assertEquals("ja", detect("イランはタリバンと独自の協議を行っていると、最高安全保障委員会の書記が述べた。"));
    }

    @Test
    void undeterminedWhenThereIsNoProse() {
        assertEquals("und", detect("ISIS NATO UN"));
        assertEquals("und", detect("1234 5678"));
        assertEquals("und", detect("— … ---"));
    }

    @Test
    void looksOnlyAtTheStartOfLongTexts() {
        String english = "The delegations met again in Geneva on Tuesday and agreed to continue the talks. ";
        String german = "Die Delegationen trafen sich am Dienstag erneut in Genf und vereinbarten weitere Gespräche. ";
        assertEquals("en", detect(english.repeat(40) + german.repeat(400)));
    }
}
