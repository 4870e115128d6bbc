@NullMarked
package com.mediaflow.organization.web;

import org.jspecify.annotations.NullMarked;
