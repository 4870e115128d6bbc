@NullMarked
package com.mediaflow.proposals.web;

import org.jspecify.annotations.NullMarked;
