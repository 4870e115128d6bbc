/**
 * The studio's clients and partners: people and companies, their notes and a timeline of what
 * happened with each. Other modules refer to a contact by id and look it up through
 * {@link com.mediaflow.contacts.ContactDirectory}.
 */
@ApplicationModule(displayName = "Contacts")
@NullMarked
package com.mediaflow.contacts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
