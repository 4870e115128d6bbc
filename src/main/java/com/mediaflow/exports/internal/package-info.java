@NullMarked
package com.mediaflow.exports.internal;

import org.jspecify.annotations.NullMarked;
