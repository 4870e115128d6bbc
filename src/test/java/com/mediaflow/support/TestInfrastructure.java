package com.mediaflow.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import redis.embedded.RedisServer;

/**
 * The servers every integration test talks to, started once per JVM: a real PostgreSQL 17
 * (Testcontainers when a Docker engine is available, the embedded binaries otherwise), a real Redis
 * and a GreenMail SMTP server that keeps what the application sends.
 */
public final class TestInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Servers SERVERS = Servers.start();

    public static GreenMail mailbox() {
        return SERVERS.mail();
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "testInfrastructure",
                        Map.of(
                                "spring.datasource.url", SERVERS.jdbcUrl(),
                                "spring.datasource.username", SERVERS.username(),
                                "spring.datasource.password", SERVERS.password(),
                                "spring.data.redis.url", "redis://127.0.0.1:" + SERVERS.redisPort(),
                                "spring.mail.host", "127.0.0.1",
                                "spring.mail.port", SERVERS.mail().getSmtp().getPort(),
                                "mediaflow.files.local.directory",
                                        SERVERS.files().toString())));
    }

    /** The folder the local file storage writes to: new for every JVM, removed when it exits. */
    public static Path filesDirectory() {
        return SERVERS.files();
    }

    private record Servers(
            String jdbcUrl, String username, String password, int redisPort, GreenMail mail, Path files) {

        static Servers start() {
            var database = dockerAvailable() ? containerDatabase() : embeddedDatabase();
            var redisPort = freePort();
            try {
                var redis = RedisServer.newRedisServer()
                        .bind("127.0.0.1")
                        .port(redisPort)
                        .setting("save \"\"")
                        .setting("appendonly no")
                        .build();
                redis.start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        redis.stop();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start Redis for the tests", e);
            }
            var mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            mail.start();
            return new Servers(database[0], database[1], database[2], redisPort, mail, filesDirectory());
        }

        private static Path filesDirectory() {
            try {
                var directory = Files.createTempDirectory("mediaflow-test-files-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try (var paths = Files.walk(directory)) {
                        paths.sorted(Comparator.reverseOrder())
                                .forEach(path -> path.toFile().delete());
                    } catch (IOException e) {
                        // a temporary folder; the system cleans it eventually
                    }
                }));
                return directory;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create a folder for the test files", e);
            }
        }

        private static boolean dockerAvailable() {
            if ("false".equals(System.getenv("TESTCONTAINERS_ENABLED"))) {
                return false;
            }
            try {
                return DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException | LinkageError e) {
                return false;
            }
        }

        private static String[] containerDatabase() {
            var container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            return new String[] {container.getJdbcUrl(), container.getUsername(), container.getPassword()};
        }

        private static String[] embeddedDatabase() {
            try {
                // zonky stops the server from its own shutdown hook when the test JVM exits.
                var postgres = EmbeddedPostgres.builder()
                        .setServerConfig("listen_addresses", "127.0.0.1")
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
                return new String[] {postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres"};
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the embedded PostgreSQL for the tests", e);
            }
        }

        private static int freePort() {
            try (var socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
