/**
 * Files attached to the studio's records: a contact's contract, a production's footage and stills, a
 * task's reference material, an expense's receipt, the studio's logo. Bytes live in a
 * {@code FileStorage} (the local disk or an S3-compatible bucket); the type is read from the bytes,
 * never from the name; images and videos get a thumbnail after the upload commits.
 *
 * <p>Who may see or add a file is decided by the record it is attached to. The module that owns
 * that record contributes an {@link com.mediaflow.files.AttachmentOwner} bean for its entity type,
 * so this module never depends on the modules whose records carry files. Other modules store and
 * find files through {@link com.mediaflow.files.FileAttachments}.
 */
@ApplicationModule(displayName = "Files")
@NullMarked
package com.mediaflow.files;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
