package org.shizhi.domain.grid.model;

import java.util.regex.Pattern;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Texts;

/**
 * What is known of a file attached to an event (a photo of the hazard, a recording of the call): its metadata only.
 * The bytes are kept by a file store outside the domain, addressed by the SHA-256 digest.
 */
public record Attachment(String fileName, String mediaType, long sizeBytes, String sha256) {

    public static final long MAX_SIZE_BYTES = 100L * 1024 * 1024;
    private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z]+/[a-z0-9][a-z0-9.+-]*");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public Attachment {
        fileName = Texts.required("attachments.fileName", "an attachment's file name", fileName, 255);
        if (fileName.contains("/") || fileName.contains("\\") || fileName.equals(".") || fileName.equals("..")) {
            throw new InvalidValueException("attachments.fileName", "an attachment's file name must not be a path");
        }
        if (mediaType == null || !MEDIA_TYPE.matcher(mediaType).matches()) {
            throw new InvalidValueException("attachments.mediaType", "an attachment's media type looks like image/jpeg, got '"
                    + mediaType + "'");
        }
        if (sizeBytes < 1 || sizeBytes > MAX_SIZE_BYTES) {
            throw new InvalidValueException("attachments.sizeBytes", "an attachment has 1 byte to 100 MiB, got " + sizeBytes);
        }
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new InvalidValueException("attachments.sha256", "an attachment's SHA-256 is 64 lower-case hex digits");
        }
    }
}
