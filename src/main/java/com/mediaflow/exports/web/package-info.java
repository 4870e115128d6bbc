@NullMarked
package com.mediaflow.exports.web;

import org.jspecify.annotations.NullMarked;
