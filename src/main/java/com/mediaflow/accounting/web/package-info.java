@NullMarked
package com.mediaflow.accounting.web;

import org.jspecify.annotations.NullMarked;
