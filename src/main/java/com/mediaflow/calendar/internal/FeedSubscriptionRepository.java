package com.mediaflow.calendar.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface FeedSubscriptionRepository extends JpaRepository<FeedSubscription, UUID> {

    Optional<FeedSubscription> findBySecretHash(String secretHash);
}
