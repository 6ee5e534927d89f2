package org.shizhi.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The timeline is the events' and disputes' immutable history: no statement of this adapter updates or deletes an entry. */
class TimelineIsAppendOnlyTest {

    private static final Pattern CHANGES_THE_TIMELINE = Pattern.compile(
            "(UPDATE\\s+(grid_event|dispute)_timeline|DELETE\\s+FROM\\s+(grid_event|dispute)_timeline|TRUNCATE[^;\"]*(grid_event|dispute)_timeline)",
            Pattern.CASE_INSENSITIVE);

    @Test
    void noSourceOfTheAdapterUpdatesOrDeletesATimelineEntry() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            sources = files.filter(Files::isRegularFile).toList();
        }
        assertThat(sources).as("the adapter's main sources, read from the module directory").isNotEmpty();
        for (Path source : sources) {
            assertThat(CHANGES_THE_TIMELINE.matcher(Files.readString(source)).find()).as(source.toString()).isFalse();
        }
        assertThat(CHANGES_THE_TIMELINE.matcher("h.createUpdate(\"UPDATE dispute_timeline SET note = ''\")").find())
                .as("the pattern catches what it is for").isTrue();
    }
}
