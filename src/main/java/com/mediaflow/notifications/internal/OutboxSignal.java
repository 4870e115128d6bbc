package com.mediaflow.notifications.internal;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.stereotype.Component;

/**
 * Wakes this instance's idle mail workers as soon as a transaction that queued mail commits, so
 * mail goes out at once instead of at the next poll. Mail queued by another instance is found by
 * polling.
 */
@Component
public class OutboxSignal {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition raised = lock.newCondition();
    private long generation;

    public void raise() {
        lock.lock();
        try {
            generation++;
            raised.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The current generation, read before looking for work so a raise in between is not missed. */
    long generation() {
        lock.lock();
        try {
            return generation;
        } finally {
            lock.unlock();
        }
    }

    /** Waits until raised after {@code seen}, or for at most {@code timeout}. */
    void awaitAfter(long seen, Duration timeout) throws InterruptedException {
        var remaining = timeout.toNanos();
        lock.lock();
        try {
            while (generation == seen && remaining > 0) {
                remaining = raised.awaitNanos(remaining);
            }
        } finally {
            lock.unlock();
        }
    }
}
