package com.mediaflow.contacts;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * @param importMaxRows the most data rows one CSV import may have; a larger file is refused whole
 * @param importMaxFileSize the largest CSV file an import accepts
 */
@ConfigurationProperties("mediaflow.contacts")
@Validated
public record ContactsProperties(
        @DefaultValue("10000") @Min(1) @Max(100000) int importMaxRows,
        @DefaultValue("5MB") DataSize importMaxFileSize) {}
