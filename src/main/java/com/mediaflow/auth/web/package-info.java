@NullMarked
package com.mediaflow.auth.web;

import org.jspecify.annotations.NullMarked;
