package org.shizhi.crash;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * What the writers sent and what the platform acknowledged (answered 2xx), kept on the client's side, which survives
 * every kill of the platform: the read-back after the last restart is compared with it.
 */
final class Ledger {

    enum Kind {
        EVENT("grid events"), DISPUTE("disputes"), IMPORT("imported cases");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /**
     * One record created through the API under a marker word of its own (in its text, or its external id): what was
     * sent, and what of it the platform acknowledged. The fields change only on an acknowledgement.
     */
    static final class Entry {
        final Kind kind;
        final String marker;
        final int round;
        /** A create's Idempotency-Key; an imported line's external id. */
        final String key;
        final String body;
        /** The record's id, once its create was acknowledged; null while it was not. */
        volatile String id;
        /** The version the last acknowledged write left it at, and in which round (between which kills) that was. */
        volatile long version;
        volatile int versionRound;
        /** Its closing was acknowledged; the version it closed at (a dispute's archive record is named after it). */
        volatile boolean closed;
        volatile long closedVersion;

        Entry(Kind kind, String marker, int round, String key, String body) {
            this.kind = kind;
            this.marker = marker;
            this.round = round;
            this.key = key;
            this.body = body;
        }

        boolean acknowledged() {
            return id != null;
        }

        void acknowledged(String id, long version, int round) {
            this.id = id;
            acknowledgedVersion(version, round);
        }

        void acknowledgedVersion(long version, int round) {
            this.version = version;
            this.versionRound = round;
        }

        void acknowledgedClose(long version, int round) {
            acknowledgedVersion(version, round);
            this.closedVersion = version;
            this.closed = true;
        }
    }

    /** An import request whose answer was 200 with every line imported or already there. */
    record Batch(int round, String body, List<String> externalIds) {
    }

    final ConcurrentMap<String, Entry> sent = new ConcurrentHashMap<>();
    /** Every 2xx answer so far, creates and changes alike: a round's kill moment is counted in them. */
    private long answered;
    final List<Batch> acknowledgedBatches = Collections.synchronizedList(new ArrayList<>());
    /** Answers during the load that were neither success nor the platform's death: each is a finding. */
    final List<String> refusals = Collections.synchronizedList(new ArrayList<>());

    synchronized void answered() {
        answered++;
        notifyAll();
    }

    synchronized void refused(String what) {
        refusals.add(what);
        notifyAll();
    }

    synchronized long answers() {
        return answered;
    }

    /** Waits until {@code count} answers have come or the deadline ({@link System#nanoTime()}) has passed; true if they came. */
    synchronized boolean awaitAnswers(long count, long deadline) throws InterruptedException {
        while (answered < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || !refusals.isEmpty()) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    Entry sent(Kind kind, String marker, int round, String key, String body) {
        Entry entry = new Entry(kind, marker, round, key, body);
        sent.put(marker, entry);
        return entry;
    }

    List<Entry> of(Kind kind) {
        return sent.values().stream().filter(e -> e.kind == kind).toList();
    }

    List<Entry> acknowledged(Kind kind) {
        return sent.values().stream().filter(e -> e.kind == kind && e.acknowledged()).toList();
    }
}
