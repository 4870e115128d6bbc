@NullMarked
package com.mediaflow.contacts.web;

import org.jspecify.annotations.NullMarked;
