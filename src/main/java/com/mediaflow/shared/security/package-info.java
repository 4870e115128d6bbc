@NullMarked
package com.mediaflow.shared.security;

import org.jspecify.annotations.NullMarked;
