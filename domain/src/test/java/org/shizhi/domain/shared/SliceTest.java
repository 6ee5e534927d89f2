package org.shizhi.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SliceTest {

    private static Position positionOf(String item) {
        return new Position(item, item);
    }

    @Test
    void aPageWithTheExtraRowKeepsLimitItemsAndPointsAfterTheLastOfThem() {
        Slice<String> slice = Slice.of(List.of("a", "b", "c"), PageRequest.first(2), SliceTest::positionOf);

        assertThat(slice.items()).as("items of a page read with one extra row").containsExactly("a", "b");
        assertThat(slice.next()).as("the next page starts after the last item handed out").contains(new Position("b", "b"));
    }

    @Test
    void aPageWithoutTheExtraRowIsTheLast() {
        Slice<String> slice = Slice.of(List.of("a", "b"), PageRequest.first(2), SliceTest::positionOf);

        assertThat(slice.items()).containsExactly("a", "b");
        assertThat(slice.next()).as("no next position when no extra row was read").isEmpty();
    }

    @Test
    void mappingKeepsTheNextPosition() {
        Slice<Integer> lengths = new Slice<>(List.of("ab"), Optional.of(new Position("k", "1"))).map(String::length);

        assertThat(lengths.items()).containsExactly(2);
        assertThat(lengths.next()).contains(new Position("k", "1"));
    }

    @Test
    void aLimitOutsideOneToFiveHundredIsRefusedNamingTheField() {
        assertThatThrownBy(() -> PageRequest.first(0)).isInstanceOf(InvalidValueException.class).hasMessageContaining("limit");
        assertThatThrownBy(() -> PageRequest.first(501)).isInstanceOf(InvalidValueException.class).hasMessageContaining("limit");
    }
}
