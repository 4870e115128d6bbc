package com.mediaflow.tasks.internal;

import java.math.BigDecimal;

/** Time entries of one currency, hourly cost and length: they all cost the same. */
record TimeCostGroup(String currency, BigDecimal hourlyCost, Integer minutes, Long entries) {}
