@NullMarked
package com.mediaflow.shared.web;

import org.jspecify.annotations.NullMarked;
