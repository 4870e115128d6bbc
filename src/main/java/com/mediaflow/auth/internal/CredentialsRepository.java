package com.mediaflow.auth.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CredentialsRepository extends JpaRepository<Credentials, UUID> {}
