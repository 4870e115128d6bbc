package com.mediaflow.contacts.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ContactRepository extends JpaRepository<Contact, UUID> {

    @Query("select c from Contact c where c.id = :id and c.deletedAt is null")
    Optional<Contact> findLive(UUID id);

    @Query("select count(c) > 0 from Contact c where c.id = :id and c.deletedAt is null")
    boolean existsLive(UUID id);

    /** Keeps the copy of a company's name on its people in step; leaves their versions alone. */
    @Modifying
    @Query("update Contact c set c.companyName = :name where c.companyId = :companyId")
    int renameCompany(UUID companyId, String name);
}
