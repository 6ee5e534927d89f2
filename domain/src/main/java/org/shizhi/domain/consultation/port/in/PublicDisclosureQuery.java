package org.shizhi.domain.consultation.port.in;

import java.time.YearMonth;
import java.util.Optional;
import org.shizhi.domain.consultation.model.DisclosureBoard;
import org.shizhi.domain.consultation.model.DisclosureItem;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;

/**
 * The public read-only view of a community's board: what its residents, and anyone, may read without signing in. It
 * takes no actor; it holds no personal data (items carry none, boards only the community's name), and a page holds
 * at most {@link #MAX_PAGE} items.
 */
public interface PublicDisclosureQuery {

    int MAX_PAGE = 50;

    /** The board and its items, of the month if given, latest first; a community without a board is not found. */
    PublicBoard publicBoard(AreaCode community, Optional<YearMonth> period, PageRequest page);

    record PublicBoard(DisclosureBoard board, Slice<DisclosureItem> items) {
    }
}
