@NullMarked
package com.mediaflow.projects.internal;

import org.jspecify.annotations.NullMarked;
