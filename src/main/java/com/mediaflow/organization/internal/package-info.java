@NullMarked
package com.mediaflow.organization.internal;

import org.jspecify.annotations.NullMarked;
