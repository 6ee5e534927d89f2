package org.shizhi.adapters.persistence;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Group commit's flush: every writer whose transaction has committed calls {@link #await()}, which returns only once
 * a flush that started after the call has completed, so what the writer committed is written. Writers arriving while
 * a flush runs share the next one. One thread of its own runs the flushes, so that no writer's interrupt can cut one
 * short (H2 stops waiting for its file writes when the waiting thread is interrupted). A flush starts at most once per
 * {@code minInterval} after the previous one started, which lets more writers share it under load for at most that
 * much latency. A failed flush fails the writers that were waiting for it; later writers get a new attempt.
 */
final class GroupFlush implements AutoCloseable {

    /** Writes everything committed so far; returns when it is written. */
    @FunctionalInterface
    interface Flush {
        void run() throws Exception;
    }

    private final Flush flush;
    private final long minIntervalNanos;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wanted = lock.newCondition();
    private final Condition finished = lock.newCondition();
    private final Thread flusher;
    /** Flushes counted from 1: the highest a writer waits for, the last started, completed and failed. */
    private long requested;
    private long started;
    private long completed;
    private long failed;
    private Throwable failure;
    private boolean closed;
    private boolean stopped;
    private int waiting;

    GroupFlush(String name, Flush flush, long minInterval, TimeUnit unit) {
        this.flush = flush;
        this.minIntervalNanos = unit.toNanos(minInterval);
        this.flusher = Thread.ofPlatform().daemon().name(name).start(this::flushWhileWanted);
    }

    /**
     * Returns once a flush that started after this call has completed; throws when that flush failed, or when this
     * is closed: then what the caller committed may not have been written.
     */
    void await() {
        lock.lock();
        try {
            long needed = started + 1;
            requested = Math.max(requested, needed);
            wanted.signal();
            while (completed < needed) {
                if (failed >= needed) {
                    throw new IllegalStateException("the database could not write a commit to its file: " + failure, failure);
                }
                if (stopped) {
                    throw new IllegalStateException("the database was closed before a commit reached its file");
                }
                waiting++;
                try {
                    finished.awaitUninterruptibly();
                } finally {
                    waiting--;
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Writers waiting for a flush right now. */
    int waiting() {
        lock.lock();
        try {
            return waiting;
        } finally {
            lock.unlock();
        }
    }

    /** Flushes completed so far. */
    long completed() {
        lock.lock();
        try {
            return completed;
        } finally {
            lock.unlock();
        }
    }

    private void flushWhileWanted() {
        long lastStart = System.nanoTime() - minIntervalNanos;
        while (true) {
            long mine;
            lock.lock();
            try {
                while (requested <= started && !closed) {
                    wanted.awaitUninterruptibly();
                }
                if (requested <= started) {
                    stopped = true;
                    finished.signalAll();
                    return;
                }
            } finally {
                lock.unlock();
            }
            long gap = lastStart + minIntervalNanos - System.nanoTime();
            if (gap > 0) {
                // Lets more writers commit before the flush starts: each flush writes one chunk, whatever it holds.
                LockSupport.parkNanos(gap);
            }
            lock.lock();
            try {
                mine = ++started;
            } finally {
                lock.unlock();
            }
            lastStart = System.nanoTime();
            Throwable thrown = null;
            try {
                flush.run();
            } catch (Exception | Error e) {
                thrown = e;
            }
            lock.lock();
            try {
                if (thrown == null) {
                    completed = mine;
                } else {
                    failed = mine;
                    failure = thrown;
                }
                finished.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    /** Runs what writers still wait for, then stops the flushing thread. */
    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            wanted.signal();
        } finally {
            lock.unlock();
        }
        try {
            flusher.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
