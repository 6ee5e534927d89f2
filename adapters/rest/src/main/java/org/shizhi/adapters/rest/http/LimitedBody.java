package org.shizhi.adapters.rest.http;

import jakarta.ws.rs.WebApplicationException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body read no further than its operation's limit, and, for JSON, only as well-formed UTF-8 (RFC 3629:
 * no overlong forms, no surrogates as CESU-8 writes them, nothing above U+10FFFF), which Jackson's own decoder does not
 * check, and nested no deeper than the parser's limit whether or not a parser ever descends that far (a body refused
 * for a wrong type at its second level would otherwise never meet the limit). The refusals are thrown from
 * {@code read}, so they reach the client however deep in a parser the read was.
 */
final class LimitedBody extends FilterInputStream {

    private final long limit;
    private final boolean json;
    private final long declaredLength;
    private long count;
    private boolean ended;
    /** Continuation bytes still expected, and the range the next one must fall in. */
    private int pending;
    private int low = 0x80;
    private int high = 0xBF;

    /** Outside strings, how deep in arrays and objects the bytes so far are. */
    private int depth;
    private boolean inString;
    private boolean escaped;

    LimitedBody(InputStream body, long limit, boolean json, long declaredLength) {
        super(body);
        this.limit = limit;
        this.json = json;
        this.declaredLength = declaredLength;
    }

    /** True once the whole body has been read, so that the connection can serve the next request. */
    boolean readToEnd() {
        return ended || (declaredLength >= 0 && count >= declaredLength);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            end();
            return b;
        }
        accept(1);
        check(b, count);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n < 0) {
            end();
            return n;
        }
        accept(n);
        for (int i = 0; i < n; i++) {
            check(buffer[offset + i] & 0xFF, count - n + i + 1);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // Through read, so that skipped bytes count and are checked too.
        byte[] buffer = new byte[(int) Math.min(8192, Math.max(n, 0))];
        long skipped = 0;
        while (skipped < n) {
            int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (read < 0) {
                break;
            }
            skipped += read;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void accept(int n) {
        count += n;
        if (count > limit) {
            throw new WebApplicationException(Problems.closing(Problems.response(413, "request-too-large", "Request too large",
                    "the request body is larger than " + limit + " bytes", null)));
        }
    }

    private void end() {
        ended = true;
        if (json && pending > 0) {
            throw malformed("the body ends inside a UTF-8 sequence");
        }
    }

    /** Checks the byte at (1-based) {@code position} of the body. */
    private void check(int b, long position) {
        if (!json) {
            return;
        }
        if (pending > 0) {
            if (b < low || b > high) {
                throw malformed("byte " + position + " of the body is not well-formed UTF-8");
            }
            pending--;
            low = 0x80;
            high = 0xBF;
            return;
        }
        if (b < 0x80) {
            nest(b);
            return;
        }
        if (b >= 0xC2 && b <= 0xDF) {
            pending = 1;
        } else if (b == 0xE0) {
            pending = 2;
            low = 0xA0;
        } else if (b == 0xED) {
            pending = 2;
            high = 0x9F; // above would be a UTF-16 surrogate (CESU-8)
        } else if (b >= 0xE1 && b <= 0xEF) {
            pending = 2;
        } else if (b == 0xF0) {
            pending = 3;
            low = 0x90;
        } else if (b >= 0xF1 && b <= 0xF3) {
            pending = 3;
        } else if (b == 0xF4) {
            pending = 3;
            high = 0x8F;
        } else {
            throw malformed("byte " + position + " of the body is not well-formed UTF-8");
        }
    }

    /** Multi-byte UTF-8 sequences hold no ASCII bytes, so brackets and quotes are found byte by byte. */
    private void nest(int b) {
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (b == '\\') {
                escaped = true;
            } else if (b == '"') {
                inString = false;
            }
        } else if (b == '"') {
            inString = true;
        } else if (b == '{' || b == '[') {
            if (++depth > JsonConfiguration.MAX_NESTING_DEPTH) {
                throw new WebApplicationException(Problems.closing(JsonExceptionMappers.tooDeep()));
            }
        } else if (b == '}' || b == ']') {
            depth--;
        }
    }

    private static WebApplicationException malformed(String detail) {
        return new WebApplicationException(Problems.closing(Problems.response(400, "malformed-json", "Malformed JSON",
                detail + " (request bodies are UTF-8)", null)));
    }
}
