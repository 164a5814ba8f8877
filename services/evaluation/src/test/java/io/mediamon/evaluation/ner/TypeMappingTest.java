package io.mediamon.evaluation.ner;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static io.mediamon.schema.EntityType.LOCATION;
import static io.mediamon.schema.EntityType.NORP;
import static io.mediamon.schema.EntityType.ORGANIZATION;
import static io.mediamon.schema.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The documented type mapping of the annotation schemes and the systems. */
class TypeMappingTest {

    @Test
    void gmbTypes() {
        Set<String> geo = Set.of("Veldoria");
        assertEquals(PERSON, TypeMapping.gmb("per", "Ana Lima", geo));
        assertEquals(ORGANIZATION, TypeMapping.gmb("org", "Coastal Union", geo));
        assertEquals(LOCATION, TypeMapping.gmb("geo", "Herat", geo));
        assertEquals(LOCATION, TypeMapping.gmb("gpe", "Veldoria", geo), "a place used as an actor");
        assertEquals(NORP, TypeMapping.gmb("gpe", "Veldorian", geo), "never annotated geo: a nationality");
        assertEquals(LOCATION, TypeMapping.gmb("gpe", "Norway", Set.of()), "a country by the JDK's list");
        for (String unscored : new String[]{"tim", "art", "eve", "nat"}) {
            assertNull(TypeMapping.gmb(unscored, "x", geo), unscored);
        }
    }

    @Test
    void re3dTypes() {
        assertEquals(PERSON, TypeMapping.re3d("Person"));
        assertEquals(ORGANIZATION, TypeMapping.re3d("Organisation"));
        assertEquals(LOCATION, TypeMapping.re3d("Location"));
        assertEquals(NORP, TypeMapping.re3d("Nationality"));
        assertNull(TypeMapping.re3d("Temporal"));
        assertNull(TypeMapping.re3d("Weapon"));
    }

    @Test
    void coreNlpHasNoNationalityClass() {
        assertEquals(PERSON, TypeMapping.coreNlp("PERSON"));
        assertEquals(ORGANIZATION, TypeMapping.coreNlp("ORGANIZATION"));
        assertEquals(LOCATION, TypeMapping.coreNlp("LOCATION"));
        assertNull(TypeMapping.coreNlp("MISC"));
    }
}
