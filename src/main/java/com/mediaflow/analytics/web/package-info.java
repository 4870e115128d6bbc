@NullMarked
package com.mediaflow.analytics.web;

import org.jspecify.annotations.NullMarked;
