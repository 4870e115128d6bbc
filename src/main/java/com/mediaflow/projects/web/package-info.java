@NullMarked
package com.mediaflow.projects.web;

import org.jspecify.annotations.NullMarked;
