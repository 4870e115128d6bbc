@NullMarked
package com.mediaflow.tasks.web;

import org.jspecify.annotations.NullMarked;
