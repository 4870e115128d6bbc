/** The studio's own details (name, addresses, tax id, branding, numbering prefixes) used by every document and e-mail. */
@ApplicationModule(displayName = "Organization")
@NullMarked
package com.mediaflow.organization;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
