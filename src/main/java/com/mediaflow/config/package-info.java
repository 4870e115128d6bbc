/** Application-wide wiring: security, web, OpenAPI, and the checks that guard production start-up. */
@NullMarked
package com.mediaflow.config;

import org.jspecify.annotations.NullMarked;
