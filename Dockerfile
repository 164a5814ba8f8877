# mediamon services image. Build: docker build -t mediamon:0.1.0-SNAPSHOT .  (`docker compose build` does it)
#
# Base images are pinned to release tags (Maven 3.9.11 on Temurin 17; Temurin 17.0.16+8 JRE on Ubuntu 24.04
# "noble"), so a rebuild does not silently move to another JDK or OS. Raise them deliberately, e.g. for a
# security update; add an @sha256 digest if your registry policy requires one.
FROM maven:3.9.11-eclipse-temurin-17 AS build
WORKDIR /src

# 1. Dependencies, in a layer of their own: only the pom files are copied, so a source change reuses the cached
#    downloads (~1 GB, the CoreNLP models jar alone is 474 MB) and only a pom change resolves them again.
COPY pom.xml .
COPY schemas/pom.xml schemas/
COPY services/common/pom.xml services/common/
COPY services/embedded-kafka/pom.xml services/embedded-kafka/
COPY services/test-kafka/pom.xml services/test-kafka/
COPY services/ingest/pom.xml services/ingest/
COPY services/extractor/pom.xml services/extractor/
COPY services/stories/pom.xml services/stories/
COPY services/correlator/pom.xml services/correlator/
COPY services/watches/pom.xml services/watches/
COPY services/alerter/pom.xml services/alerter/
COPY services/evaluation/pom.xml services/evaluation/
COPY services/delivery/pom.xml services/delivery/
COPY services/web/pom.xml services/web/
COPY services/spikes/pom.xml services/spikes/
COPY services/app/pom.xml services/app/
COPY services/tools/pom.xml services/tools/
# `mvn dependency:go-offline` does not work for this multi-module build: it resolves every module's dependencies
# from the remote repositories, where the reactor's own modules (mediamon-common and its test-jar, ...) are not.
# Instead the build itself runs on the poms alone: without sources (-Dmaven.main.skip, no tests to compile,
# -DskipTests) every module packages an empty jar, so each module finds its siblings in the reactor, and Maven
# downloads every plugin and every external dependency (test scope too) of the same `package` run as step 2.
# The Avro plugin fails on a missing source directory, hence the empty one. The empty jars are then deleted.
RUN mkdir -p schemas/src/main/avro \
 && mvn -B -q -DskipTests -Dmaven.main.skip package \
 && rm -rf schemas/src \
 && find . -name target -type d -prune -exec rm -rf {} +

# 2. Sources, then the build. The runtime class path is the launcher's (target/classpath.txt, written by the
#    app module's build-classpath execution): the external jars from the local repository and the sibling
#    modules' jars from their target directories, all copied into one lib directory (the file has no final
#    newline: `|| [ -n "$jar" ]` keeps its last entry).
COPY schemas schemas
COPY services services
RUN mvn -B -q -DskipTests package \
 && mkdir -p /out/lib \
 && tr ':' '\n' < services/app/target/classpath.txt \
    | while IFS= read -r jar || [ -n "$jar" ]; do cp "$jar" /out/lib/; done \
 && cp services/app/target/mediamon-app.jar /out/

FROM eclipse-temurin:17.0.16_8-jre-noble
# curl for the healthchecks (GET /ready on the ops port); the JRE image does not promise it.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*
# A fixed non-root user (uid/gid 10001), so that volume ownership is the same on every host and rebuild.
# The directories Compose mounts named volumes on exist in the image, owned by that user: Docker copies the
# ownership into a new, empty named volume.
RUN groupadd --system --gid 10001 mediamon \
 && useradd --system --uid 10001 --gid 10001 --home-dir /var/lib/mediamon --shell /usr/sbin/nologin mediamon \
 && mkdir -p /var/lib/mediamon/state /var/lib/mediamon/drop /etc/mediamon \
 && chown -R 10001:10001 /var/lib/mediamon
WORKDIR /app
# The CoreNLP models jar is one of these libraries, kept as a jar on the class path (never shaded).
COPY --from=build /out/lib lib
COPY --from=build /out/mediamon-app.jar mediamon-app.jar
COPY samples samples
COPY docker/entrypoint.sh /usr/local/bin/mediamon-entrypoint
ENV MEDIAMON_HOME=/app JAVA_OPTS="-Xmx3g"
USER 10001:10001
# Run as `sh FILE` so that the entry point does not depend on the file mode the checkout gave it.
ENTRYPOINT ["sh", "/usr/local/bin/mediamon-entrypoint"]
CMD ["--help"]
