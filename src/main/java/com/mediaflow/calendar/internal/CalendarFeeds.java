package com.mediaflow.calendar.internal;

import com.mediaflow.calendar.CalendarProperties;
import com.mediaflow.organization.OrganizationDirectory;
import com.mediaflow.projects.ProjectAccess;
import com.mediaflow.projects.ProjectDirectory;
import com.mediaflow.projects.ProjectScope;
import com.mediaflow.shared.audit.AuditLog;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.web.NotFoundException;
import com.mediaflow.team.MemberAccount;
import com.mediaflow.team.TeamDirectory;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members' iCalendar feeds: the secret URL each member subscribes to from their calendar app, and
 * the feed behind it. The URL can be shown again at any time (see {@link FeedSecrets}); rotating it
 * revokes the old one at once.
 */
@Service
public class CalendarFeeds {

    /** The most events one feed carries, earliest first, however busy the window is. */
    static final int MOST_EVENTS = 2000;

    private final FeedSubscriptionRepository subscriptions;
    private final CalendarEventRepository events;
    private final FeedSecrets secrets;
    private final MemberLocks locks;
    private final EventVisibility visibility;
    private final ProjectAccess access;
    private final ProjectDirectory projects;
    private final TeamDirectory team;
    private final OrganizationDirectory organization;
    private final CalendarProperties properties;
    private final AuditLog audit;
    private final Clock clock;

    CalendarFeeds(
            FeedSubscriptionRepository subscriptions,
            CalendarEventRepository events,
            FeedSecrets secrets,
            MemberLocks locks,
            EventVisibility visibility,
            ProjectAccess access,
            ProjectDirectory projects,
            TeamDirectory team,
            OrganizationDirectory organization,
            CalendarProperties properties,
            AuditLog audit,
            Clock clock) {
        this.subscriptions = subscriptions;
        this.events = events;
        this.secrets = secrets;
        this.locks = locks;
        this.visibility = visibility;
        this.access = access;
        this.projects = projects;
        this.team = team;
        this.organization = organization;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /** The member's feed secret, issued now if they never had one. */
    @Transactional
    public FeedLink linkFor(CurrentUser member) {
        locks.lock("feed", List.of(member.id()));
        var subscription = subscriptions.findById(member.id()).orElseGet(() -> issue(member));
        return link(subscription);
    }

    /** A new feed secret for the member; the URL they had stops working. */
    @Transactional
    public FeedLink rotate(CurrentUser member) {
        locks.lock("feed", List.of(member.id()));
        var existing = subscriptions.findById(member.id());
        if (existing.isEmpty()) {
            return link(issue(member));
        }
        var subscription = existing.get();
        var before = Map.of("member_id", member.id(), "issued_at", subscription.issuedAt());
        var seed = secrets.newSeed();
        subscription.reissue(seed, secrets.hashOf(secrets.secretOf(member.id(), seed)), now());
        subscriptions.flush();
        audit.record(
                "calendar_feed.rotated",
                "calendar_feed",
                member.id(),
                before,
                Map.of("member_id", member.id(), "issued_at", subscription.issuedAt()));
        return link(subscription);
    }

    /**
     * The iCalendar document behind a feed secret: what its member attends or may see on their
     * projects, from {@code feed-past} ago to {@code feed-ahead} from now, judged with the role the
     * member has now.
     *
     * @throws NotFoundException alike for a malformed, unknown or revoked secret and for a member who
     *     was deactivated, so that the answer reveals nothing
     */
    @Transactional(readOnly = true)
    public String render(String secret) {
        if (!secrets.isWellFormed(secret)) {
            throw unknownFeed();
        }
        var subscription =
                subscriptions.findBySecretHash(secrets.hashOf(secret)).orElseThrow(CalendarFeeds::unknownFeed);
        var account = team.findAccount(subscription.memberId())
                .filter(MemberAccount::isActive)
                .orElseThrow(CalendarFeeds::unknownFeed);
        // A feed request has no session: it acts for its member, with the role they have today.
        var member =
                new CurrentUser(account.id(), account.email(), account.fullName(), account.role(), "calendar-feed");
        var scope = access.visibleTo(member);
        var moment = now();
        var inWindow = EventSpecifications.overlapping(
                moment.minus(properties.feedPast()), moment.plus(properties.feedAhead()));
        List<CalendarEvent> found = events.findBy(
                inWindow.and(visibility.inFeedOf(member.id(), scope)),
                query -> query.sortBy(Sort.by("startsAt", "id"))
                        .limit(MOST_EVENTS)
                        .all());
        var views = found.stream().map(CalendarEventView::of).toList();
        return FeedDocument.write(organization.current().name(), views, productionsIn(scope, views));
    }

    /**
     * "CODE – Name" of the events' projects that are in the member's scope. A member attending an
     * event of a project they are not on sees the event, but not which production it belongs to.
     */
    private Map<UUID, String> productionsIn(ProjectScope scope, List<CalendarEventView> views) {
        Map<UUID, String> productions = new HashMap<>();
        views.stream()
                .map(CalendarEventView::projectId)
                .filter(Objects::nonNull)
                .distinct()
                .filter(scope::includes)
                .forEach(projectId -> projects.find(projectId)
                        .ifPresent(project -> productions.put(projectId, project.code() + " – " + project.name())));
        return productions;
    }

    private FeedSubscription issue(CurrentUser member) {
        var seed = secrets.newSeed();
        var subscription = subscriptions.saveAndFlush(
                FeedSubscription.issue(member.id(), seed, secrets.hashOf(secrets.secretOf(member.id(), seed)), now()));
        audit.record(
                "calendar_feed.issued",
                "calendar_feed",
                member.id(),
                null,
                Map.of("member_id", member.id(), "issued_at", subscription.issuedAt()));
        return subscription;
    }

    private FeedLink link(FeedSubscription subscription) {
        return new FeedLink(
                secrets.secretOf(subscription.memberId(), subscription.secretSeed()), subscription.issuedAt());
    }

    private static NotFoundException unknownFeed() {
        return NotFoundException.because("No calendar feed has this address");
    }

    /** Now, to the microsecond that PostgreSQL keeps, so that what is returned is what is stored. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
