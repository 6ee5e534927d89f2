package org.shizhi.domain.integration.port.out;

import java.time.Instant;
import java.util.List;
import org.shizhi.domain.integration.model.DeliveryAttempt;
import org.shizhi.domain.integration.model.WebhookMessage;
import org.shizhi.domain.integration.model.WebhookSecret;
import org.shizhi.domain.integration.model.WebhookUrl;

/**
 * Sends one message to a receiver, signed with each of the secrets, at {@code now} (the signed timestamp). A 2xx is
 * acknowledged; anything else, a timeout or a refused connection is a failed attempt. Never throws for the receiver's
 * failures.
 */
public interface WebhookTransport {

    DeliveryAttempt send(WebhookUrl url, WebhookMessage message, List<WebhookSecret> secrets, Instant now);
}
