package io.mediamon.serde;

import org.apache.avro.util.ClassSecurityValidator;

/**
 * Avro 1.12 refuses to instantiate generated classes from packages it does not trust. mediamon trusts its own
 * schema package here, once, instead of asking every launcher and test to set a system property. The serdes call it;
 * so does code that copies records without a serde (a builder copied from a record deep-copies its enums by class
 * name, e.g. {@code Story.newBuilder(story)}).
 */
public final class TrustedSchemaPackages {
  static final String SCHEMA_PACKAGE = "io.mediamon.schema";

  static {
    ClassSecurityValidator.ClassSecurityPredicate previous = ClassSecurityValidator.getGlobal();
    ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(previous,
        type -> type.getName().startsWith(SCHEMA_PACKAGE + ".")));
  }

  private TrustedSchemaPackages() {}

  /** Calling this runs the static initialiser exactly once per JVM. */
  public static void ensureTrusted() {
    // the static block above does the work
  }
}
