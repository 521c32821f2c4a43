# syntax=docker/dockerfile:1
# The Shopping API as a container, built on the distribution (README "Running the distribution").
# Build: docker build -t shopping-api .      Run: docker run -p 8080:8080 -e DB_URL=... shopping-api
# Without DB_URL it starts the embedded PostgreSQL in /var/lib/shopping-api (mount a volume there).

# 1. Build the distribution with Maven on JDK 21; the embedded PostgreSQL binaries match the build platform.
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2 mvn -B -q -DskipTests package \
 && mkdir /dist \
 && tar xzf app/target/shopping-api-*.tar.gz -C /dist \
 && mv /dist/shopping-api-* /dist/shopping-api

# 2. Run it on a JRE as an unprivileged user.
FROM eclipse-temurin:21-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 shopping \
 && useradd --system --uid 10001 --gid shopping --home-dir /var/lib/shopping-api --create-home shopping
COPY --from=build /dist/shopping-api /opt/shopping-api
USER shopping:shopping
WORKDIR /var/lib/shopping-api
ENV SERVER_PORT=8080 \
    DATA_DIR=/var/lib/shopping-api/postgres
EXPOSE 8080
VOLUME ["/var/lib/shopping-api"]
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD curl -fsS http://127.0.0.1:8080/observe/health > /dev/null || exit 1
ENTRYPOINT ["/opt/shopping-api/bin/shopping-api"]
