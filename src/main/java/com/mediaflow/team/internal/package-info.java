@NullMarked
package com.mediaflow.team.internal;

import org.jspecify.annotations.NullMarked;
