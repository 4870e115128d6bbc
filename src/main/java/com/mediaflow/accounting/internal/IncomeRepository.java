package com.mediaflow.accounting.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface IncomeRepository extends JpaRepository<Income, UUID>, JpaSpecificationExecutor<Income> {

    long countByProjectId(UUID projectId);

    Optional<Income> findByPaymentId(UUID paymentId);
}
