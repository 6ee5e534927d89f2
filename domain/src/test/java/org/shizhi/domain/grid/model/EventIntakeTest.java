package org.shizhi.domain.grid.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.shared.InvalidValueException;

class EventIntakeTest {

    private static EventIntake withText(String text) {
        return new EventIntake(SampleEvents.ZONGFU_1, EventCategory.SERVICE_REQUEST, text, EventChannel.RESIDENT,
                new Reporter("张伟", Optional.empty()), Optional.empty(), List.of());
    }

    @Test
    void aTwoMegabyteTextIsRefusedNamingTheFieldAndTheLimit() {
        String twoMegabytes = "漏".repeat(2 * 1024 * 1024);

        assertThatThrownBy(() -> withText(twoMegabytes))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("an event's text must be at most 10000 characters, got 2097152")
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).contains("text"));
    }

    @Test
    void tenThousandCharactersAreAcceptedAndCountedAsCharactersNotUtf16Units() {
        assertThat(withText("漏".repeat(10_000)).text()).hasSize(10_000);
        assertThat(withText("😟".repeat(10_000)).text()).as("10,000 emoji are 20,000 UTF-16 units").hasSize(20_000);
        assertThatThrownBy(() -> withText("漏".repeat(10_001))).hasMessageContaining("got 10001");
    }

    @Test
    void aBlankTextAndControlCharactersAreRefused() {
        assertThatThrownBy(() -> withText(" \n ")).hasMessage("an event's text must not be blank");
        assertThatThrownBy(() -> withText("楼道\u0000杂物")).hasMessageContaining("control characters");
        assertThat(withText("第一行\n第二行\t完").text()).contains("\n");
    }

    @Test
    void atMostTwentyAttachmentsEachDescribedProperly() {
        Attachment photo = new Attachment("楼道.jpg", "image/jpeg", 1024, "0".repeat(64));
        assertThatThrownBy(() -> new EventIntake(SampleEvents.ZONGFU_1, EventCategory.OTHER, "杂物", EventChannel.RESIDENT,
                new Reporter("张伟", Optional.empty()), Optional.empty(), Collections.nCopies(21, photo)))
                .hasMessageContaining("at most 20 attachments");
        assertThatThrownBy(() -> new Attachment("../etc/passwd", "image/jpeg", 1, "0".repeat(64))).hasMessageContaining("not be a path");
        assertThatThrownBy(() -> new Attachment("a.jpg", "JPEG", 1, "0".repeat(64))).hasMessageContaining("media type");
        assertThatThrownBy(() -> new Attachment("a.jpg", "image/jpeg", 0, "0".repeat(64))).hasMessageContaining("1 byte to 100 MiB");
    }
}
