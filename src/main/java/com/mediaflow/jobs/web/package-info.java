@NullMarked
package com.mediaflow.jobs.web;

import org.jspecify.annotations.NullMarked;
