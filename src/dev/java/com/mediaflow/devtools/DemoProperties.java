package com.mediaflow.devtools;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo studio of development runs.
 *
 * @param enabled fill an empty database with the demo studio on start
 * @param bulkContacts extra generated contacts to add on this start (for benchmarks), e.g. 100000
 * @param bulkTimeEntries extra generated time entries to add on this start, e.g. 1000000
 */
@ConfigurationProperties("mediaflow.demo")
record DemoProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("0") int bulkContacts,
        @DefaultValue("0") int bulkTimeEntries) {}
