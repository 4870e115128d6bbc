@NullMarked
package com.mediaflow.files.web;

import org.jspecify.annotations.NullMarked;
