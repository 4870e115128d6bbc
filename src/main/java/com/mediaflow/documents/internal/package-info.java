@NullMarked
package com.mediaflow.documents.internal;

import org.jspecify.annotations.NullMarked;
