package com.mediaflow.notifications.internal;

import com.mediaflow.shared.web.NotFoundException;
import com.mediaflow.shared.web.PageResponse;
import com.mediaflow.shared.web.Paging;
import com.mediaflow.shared.web.SortFields;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A member's own notifications: listing, the unread count, marking read. Every query is scoped to
 * the member, so another member's notification is simply not found. After a change the member's
 * other open streams (tabs, devices) get the new unread count.
 */
@Service
public class NotificationInbox {

    private static final SortFields SORT = SortFields.builder()
            .field("created_at", "createdAt")
            .field("sequence", "seq")
            .defaultSort(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")));

    private final NotificationRepository notifications;
    private final NotificationRelay relay;
    private final Clock clock;

    NotificationInbox(NotificationRepository notifications, NotificationRelay relay, Clock clock) {
        this.notifications = notifications;
        this.relay = relay;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageResponse<NotificationView> list(UUID memberId, NotificationFilter filter, Paging paging) {
        Specification<Notification> query = (root, criteria, builder) -> {
            var predicates = new ArrayList<Predicate>();
            predicates.add(builder.equal(root.get("memberId"), memberId));
            predicates.add(builder.isNotNull(root.get("seq")));
            if (filter.unread() != null) {
                predicates.add(
                        filter.unread() ? builder.isNull(root.get("readAt")) : builder.isNotNull(root.get("readAt")));
            }
            if (filter.type() != null) {
                predicates.add(builder.equal(root.get("type"), filter.type()));
            }
            return builder.and(predicates.toArray(Predicate[]::new));
        };
        return PageResponse.of(notifications.findAll(query, paging.pageable(SORT)), NotificationView::of);
    }

    @Transactional(readOnly = true)
    public UnreadCount unreadCount(UUID memberId) {
        return new UnreadCount(notifications.countByMemberIdAndReadAtIsNull(memberId));
    }

    @Transactional
    public NotificationView markRead(UUID memberId, UUID id) {
        var notification = notifications
                .findByIdAndMemberId(id, memberId)
                .orElseThrow(() -> NotFoundException.of("Notification", id));
        if (notification.readAt() == null) {
            // Microseconds, as PostgreSQL keeps it, so this answer matches every later read.
            notification.markRead(clock.instant().truncatedTo(ChronoUnit.MICROS));
            announceAfterCommit(memberId, notifications.countByMemberIdAndReadAtIsNull(memberId));
        }
        return NotificationView.of(notification);
    }

    @Transactional
    public ReadAllResult markAllRead(UUID memberId) {
        var marked = notifications.markAllRead(memberId, clock.instant());
        var unread = notifications.countByMemberIdAndReadAtIsNull(memberId);
        if (marked > 0) {
            announceAfterCommit(memberId, unread);
        }
        return new ReadAllResult(marked, unread);
    }

    /** The count is taken inside the transaction (which sees its own change) and relayed once it commits. */
    private void announceAfterCommit(UUID memberId, long unread) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                relay.publish(StreamMessage.unread(memberId, unread));
            }
        });
    }
}
