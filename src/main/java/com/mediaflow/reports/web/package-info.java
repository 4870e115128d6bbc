@NullMarked
package com.mediaflow.reports.web;

import org.jspecify.annotations.NullMarked;
