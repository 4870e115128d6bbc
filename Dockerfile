# syntax=docker/dockerfile:1
# Production image: built with -Dproduction, so the embedded development servers are not in it.

FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q -Dproduction dependency:go-offline
COPY src/ src/
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q -Dproduction -Dmaven.test.skip=true clean package \
 && java -Djarmode=tools -jar target/mediaflow-crm-*.jar extract --layers --launcher --destination /layers

FROM eclipse-temurin:21-jre-alpine
# Report charts are SVG drawn through Java2D, which asks fontconfig for fonts (the base image usually
# has both; this keeps it true if it ever does not).
RUN apk add --no-cache fontconfig ttf-dejavu
RUN addgroup -S mediaflow && adduser -S -G mediaflow mediaflow \
 && mkdir -p /var/lib/mediaflow && chown mediaflow:mediaflow /var/lib/mediaflow
WORKDIR /app
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
USER mediaflow
ENV SPRING_PROFILES_ACTIVE=prod \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 \
  CMD wget -qO- http://127.0.0.1:8080/actuator/health/liveness >/dev/null || exit 1
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
