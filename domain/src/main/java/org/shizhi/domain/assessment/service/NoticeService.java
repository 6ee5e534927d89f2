package org.shizhi.domain.assessment.service;

import java.time.Clock;
import java.util.UUID;
import org.shizhi.domain.assessment.model.AssessmentResult;
import org.shizhi.domain.assessment.model.Notice;
import org.shizhi.domain.assessment.model.NoticeSummary;
import org.shizhi.domain.assessment.port.in.NoticeUseCase;
import org.shizhi.domain.assessment.port.out.AssessmentResults;
import org.shizhi.domain.assessment.port.out.Notices;
import org.shizhi.domain.shared.AccessDeniedException;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.NotFoundException;
import org.shizhi.domain.shared.Permission;
import org.shizhi.domain.shared.Slice;

/** Notices drafted from stored results and published once. */
public final class NoticeService implements NoticeUseCase {

    private final AssessmentResults results;
    private final Notices notices;
    private final Clock clock;

    public NoticeService(AssessmentResults results, Notices notices, Clock clock) {
        this.results = results;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public Notice draft(Actor actor, DraftNotice command) {
        actor.require(Permission.DRAFT_NOTICE);
        actor.requireJurisdiction(command.within(), "area", command.within());
        AssessmentResult result = results.find(command.scheme(), command.within(), command.period(), command.version())
                .orElseThrow(() -> new NotFoundException("assessment", command.scheme() + " " + command.within() + " " + command.period()));
        Notice draft = Notice.draft(UUID.randomUUID(), result, command.bottom(), command.top(), clock.instant(), actor.subject());
        notices.save(draft);
        return draft;
    }

    @Override
    public Notice publish(Actor actor, UUID id) {
        actor.require(Permission.PUBLISH_NOTICE);
        Notice published = visible(actor, id).publish(clock.instant(), actor.subject());
        notices.save(published);
        return published;
    }

    @Override
    public Notice notice(Actor actor, UUID id) {
        if (Permission.READ_ASSESSMENT.roles().stream().noneMatch(actor::has)) {
            return ownNotice(actor, id);
        }
        actor.require(Permission.READ_ASSESSMENT);
        return visible(actor, id);
    }

    /**
     * A grid worker's own commendation or criticism: a published notice that names them, by their grid member id. As
     * in their list, a notice of an area neither above nor below their jurisdiction (another district, another city)
     * is not theirs to know of (404); one in their line that is a draft or names others only is refused (403).
     */
    private Notice ownNotice(Actor actor, UUID id) {
        actor.require(Permission.READ_OWN_NOTICES);
        Notice notice = notices.find(id).orElseThrow(() -> new NotFoundException("notice", id));
        if (!actor.city().contains(notice.within())
                || !(notice.within().contains(actor.jurisdiction()) || actor.jurisdiction().contains(notice.within()))) {
            throw new NotFoundException("notice", id);
        }
        if (!notice.published() || !notice.namesGridWorker(actor.gridMemberId())) {
            throw new AccessDeniedException("a grid worker reads the published notices that name them (" + actor.gridMemberId()
                    + "), not notice " + id);
        }
        return notice;
    }

    @Override
    public Slice<NoticeSummary> notices(Actor actor, AreaCode area, NoticeSummary.Filter filter, PageRequest page) {
        if (Permission.READ_ASSESSMENT.roles().stream().noneMatch(actor::has)) {
            return ownNotices(actor, area, filter, page);
        }
        actor.require(Permission.READ_ASSESSMENT);
        actor.requireJurisdiction(area, "area", area);
        return notices.list(area, filter, page);
    }

    /**
     * A grid worker's own commendations and criticisms: the published notices that name them, by their grid member id,
     * and no one else's (403). Notices are drafted for the street or district a worker's grid lies in, above the worker's
     * own jurisdiction: their own jurisdiction (the default area) stands for their whole city, the name filtering it; an
     * area above or below it narrows the list, and any other area holds none of their notices (404, as outside a
     * jurisdiction).
     */
    private Slice<NoticeSummary> ownNotices(Actor actor, AreaCode area, NoticeSummary.Filter filter, PageRequest page) {
        actor.require(Permission.READ_OWN_NOTICES);
        if (!actor.city().contains(area) || !(area.contains(actor.jurisdiction()) || actor.jurisdiction().contains(area))) {
            throw new NotFoundException("area", area);
        }
        if (!filter.namesOnly(actor.gridMemberId())) {
            throw new AccessDeniedException("a grid worker lists the notices that name them: commends or criticises "
                    + actor.gridMemberId() + ", no one else");
        }
        return notices.list(area.equals(actor.jurisdiction()) ? actor.city() : area, filter.published(), page);
    }

    private Notice visible(Actor actor, UUID id) {
        Notice notice = notices.find(id).orElseThrow(() -> new NotFoundException("notice", id));
        actor.requireJurisdiction(notice.within(), "notice", id);
        return notice;
    }
}
