# mediamon services image. Build: docker build -t mediamon .
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY schemas schemas
COPY services services
RUN mvn -B -q -DskipTests package \
 && mvn -B -q -pl services/app dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory=/out/lib \
 && cp services/app/target/mediamon-app.jar /out/

FROM eclipse-temurin:17-jre
WORKDIR /app
# The CoreNLP models jar is one of these libraries, kept as a jar on the class path (never shaded).
COPY --from=build /out/lib lib
COPY --from=build /out/mediamon-app.jar mediamon-app.jar
COPY samples samples
ENV MEDIAMON_HOME=/app JAVA_OPTS="-Xmx3g"
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -Dmediamon.home=/app -cp '/app/mediamon-app.jar:/app/lib/*' io.mediamon.app.Main \"$@\"", "mediamon"]
CMD ["--help"]
