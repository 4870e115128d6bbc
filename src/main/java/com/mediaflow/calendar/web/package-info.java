@NullMarked
package com.mediaflow.calendar.web;

import org.jspecify.annotations.NullMarked;
