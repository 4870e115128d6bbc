@NullMarked
package com.mediaflow.team.web;

import org.jspecify.annotations.NullMarked;
