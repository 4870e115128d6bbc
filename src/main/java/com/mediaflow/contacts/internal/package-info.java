@NullMarked
package com.mediaflow.contacts.internal;

import org.jspecify.annotations.NullMarked;
