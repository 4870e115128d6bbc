package com.mediaflow.files.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AttachmentRepository extends JpaRepository<Attachment, UUID> {

    Page<Attachment> findByEntityTypeAndEntityId(String entityType, UUID entityId, Pageable pageable);

    List<Attachment> findByEntityTypeAndEntityIdOrderByCreatedAtDescIdAsc(String entityType, UUID entityId);

    long countByEntityTypeAndEntityId(String entityType, UUID entityId);

    @Query("""
            select a.storageKey from Attachment a where a.storageKey in :keys
            union
            select a.thumbnailKey from Attachment a where a.thumbnailKey in :keys
            """)
    List<String> findKnownKeys(Collection<String> keys);
}
