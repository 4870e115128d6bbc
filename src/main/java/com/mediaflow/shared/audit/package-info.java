@NullMarked
package com.mediaflow.shared.audit;

import org.jspecify.annotations.NullMarked;
