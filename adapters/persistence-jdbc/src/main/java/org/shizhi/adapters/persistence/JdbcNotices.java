package org.shizhi.adapters.persistence;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.shizhi.domain.assessment.model.AssessmentIntegrationEvents;
import org.shizhi.domain.assessment.model.Notice;
import org.shizhi.domain.assessment.model.NoticeSummary;
import org.shizhi.domain.assessment.model.RankedUnit;
import org.shizhi.domain.assessment.port.out.Notices;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.NotFoundException;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.spi.AssessmentPeriod;

/**
 * Notices (V181): each entry points at a unit of the stored result the notice was drafted from, whose rows never change,
 * so the evidence is the result's own breakdown. A draft is inserted once; publishing updates only an unpublished row,
 * and appends {@code NOTICE_PUBLISHED} to the integration outbox in the same transaction.
 */
final class JdbcNotices implements Notices {

    private static final Keyset BY_DRAFTED = Keyset.byInstant("n.drafted_at", true, "n.id");

    private final Jdbi jdbi;
    private final PersonalDataCipher cipher;

    JdbcNotices(Jdbi jdbi, PersonalDataCipher cipher) {
        this.jdbi = jdbi;
        this.cipher = cipher;
    }

    @Override
    public void save(Notice notice) {
        jdbi.useTransaction(h -> {
            Optional<Boolean> published = h.createQuery("SELECT published_at IS NOT NULL FROM assessment_notice WHERE id = :id")
                    .bind("id", SqlValues.uuid(notice.id())).mapTo(Boolean.class).findOne();
            if (published.isEmpty()) {
                insert(h, notice);
                JdbcWebhooks.append(h, cipher, AssessmentIntegrationEvents.published(notice));
                return;
            }
            int updated = notice.published() ? h.createUpdate("UPDATE assessment_notice SET published_at = :at, published_by = :by "
                            + "WHERE id = :id AND published_at IS NULL")
                    .bind("at", SqlValues.instant(notice.publishedAt())).bind("by", notice.publishedBy().orElseThrow())
                    .bind("id", SqlValues.uuid(notice.id())).execute() : 0;
            if (updated == 0) {
                throw new ConflictException("notice", "notice " + notice.id() + (published.get() ? " is published and does not change"
                        : " is a draft already; only its publication is written"));
            }
            // The publication's event for integrators, in the publication's own transaction.
            JdbcWebhooks.append(h, cipher, AssessmentIntegrationEvents.published(notice));
        });
    }

    private static void insert(Handle h, Notice notice) {
        UUID result = h.createQuery("SELECT id FROM assessment_result WHERE scheme = :scheme AND within_code = :within "
                        + "AND period_text = :period AND version = :version")
                .bind("scheme", notice.scheme()).bind("within", notice.within().toString()).bind("period", notice.period().toString())
                .bind("version", notice.resultVersion()).map((rs, ctx) -> SqlValues.uuid(rs, "id")).findOne()
                .orElseThrow(() -> new NotFoundException("assessment", notice.scheme() + " " + notice.within() + " " + notice.period()
                        + " version " + notice.resultVersion()));
        h.createUpdate("INSERT INTO assessment_notice (id, result_id, drafted_at, drafted_by, published_at, published_by) "
                        + "VALUES (:id, :result, :drafted_at, :drafted_by, :published_at, :published_by)")
                .bind("id", SqlValues.uuid(notice.id())).bind("result", SqlValues.uuid(result))
                .bind("drafted_at", SqlValues.instant(notice.draftedAt())).bind("drafted_by", notice.draftedBy())
                .bind("published_at", SqlValues.instant(notice.publishedAt())).bind("published_by", notice.publishedBy().orElse(null))
                .execute();
        PreparedBatch entries = h.prepareBatch("INSERT INTO assessment_notice_entry (notice_id, seq, kind, place) "
                + "VALUES (:id, :seq, :kind, :place)");
        int seq = 0;
        for (Notice.Entry entry : notice.entries()) {
            entries.bind("id", SqlValues.uuid(notice.id())).bind("seq", seq++).bind("kind", entry.kind().name())
                    .bind("place", entry.unit().rank()).add();
        }
        if (!notice.entries().isEmpty()) {
            entries.execute();
        }
    }

    @Override
    public Optional<Notice> find(UUID id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT n.result_id, n.drafted_at, n.drafted_by, n.published_at, n.published_by, "
                        + "r.scheme, r.within_code, r.period_text, r.version FROM assessment_notice n "
                        + "JOIN assessment_result r ON r.id = n.result_id WHERE n.id = :id")
                .bind("id", SqlValues.uuid(id))
                .map((rs, ctx) -> {
                    UUID result = SqlValues.uuid(rs, "result_id");
                    Map<Integer, RankedUnit> units = JdbcAssessmentResults.units(h, result).stream()
                            .collect(Collectors.toMap(RankedUnit::rank, Function.identity()));
                    List<Notice.Entry> entries = h.createQuery("SELECT kind, place FROM assessment_notice_entry WHERE notice_id = :id "
                                    + "ORDER BY seq")
                            .bind("id", SqlValues.uuid(id))
                            .map((e, c) -> new Notice.Entry(Notice.Kind.valueOf(e.getString("kind")), units.get(e.getInt("place"))))
                            .list();
                    return new Notice(id, rs.getString("scheme"), AreaCode.of(rs.getString("within_code")),
                            AssessmentPeriod.parse(rs.getString("period_text")), rs.getInt("version"), entries,
                            SqlValues.instant(rs, "drafted_at"), rs.getString("drafted_by"), SqlValues.optionalInstant(rs, "published_at"),
                            SqlValues.optionalString(rs, "published_by"));
                }).findOne());
    }

    @Override
    public Slice<NoticeSummary> list(AreaCode area, NoticeSummary.Filter filter, PageRequest page) {
        AreaRange range = AreaRange.of(area);
        String sql = "SELECT n.id, n.drafted_at, n.drafted_by, n.published_at, n.published_by, r.scheme, r.within_code, "
                + "r.period_text, r.version, "
                + "(SELECT COUNT(*) FROM assessment_notice_entry e WHERE e.notice_id = n.id AND e.kind = 'COMMEND') AS commended, "
                + "(SELECT COUNT(*) FROM assessment_notice_entry e WHERE e.notice_id = n.id AND e.kind = 'CRITICISE') AS criticised "
                + "FROM assessment_notice n JOIN assessment_result r ON r.id = n.result_id WHERE " + range.on("r.within_code")
                + filter.scheme().map(x -> " AND r.scheme = :scheme").orElse("")
                + filter.period().map(x -> " AND r.period_text = :period").orElse("")
                + filter.state().map(x -> x == NoticeSummary.State.PUBLISHED ? " AND n.published_at IS NOT NULL"
                        : " AND n.published_at IS NULL").orElse("")
                + filter.commends().map(x -> " AND EXISTS (SELECT 1 FROM assessment_notice_entry e JOIN assessment_unit u "
                        + "ON u.result_id = n.result_id AND u.place = e.place WHERE e.notice_id = n.id AND e.kind = 'COMMEND' "
                        + "AND u.unit_key = :commends)").orElse("")
                + filter.criticises().map(x -> " AND EXISTS (SELECT 1 FROM assessment_notice_entry e JOIN assessment_unit u "
                        + "ON u.result_id = n.result_id AND u.place = e.place WHERE e.notice_id = n.id AND e.kind = 'CRITICISE' "
                        + "AND u.unit_key = :criticises)").orElse("")
                + BY_DRAFTED.after(page) + BY_DRAFTED.orderAndLimit();
        List<NoticeSummary> found = jdbi.withHandle(h -> {
            var query = BY_DRAFTED.bind(range.bind(h.createQuery(sql)), page);
            filter.scheme().ifPresent(x -> query.bind("scheme", x));
            filter.period().ifPresent(x -> query.bind("period", x.toString()));
            filter.commends().ifPresent(x -> query.bind("commends", x));
            filter.criticises().ifPresent(x -> query.bind("criticises", x));
            return query.map((rs, ctx) -> new NoticeSummary(SqlValues.uuid(rs, "id"), rs.getString("scheme"),
                    AreaCode.of(rs.getString("within_code")), AssessmentPeriod.parse(rs.getString("period_text")), rs.getInt("version"),
                    SqlValues.instant(rs, "drafted_at"), rs.getString("drafted_by"), SqlValues.optionalInstant(rs, "published_at"),
                    SqlValues.optionalString(rs, "published_by"), rs.getInt("commended"), rs.getInt("criticised"))).list();
        });
        return Slice.of(found, page, Notices::draftedPosition);
    }
}
