/**
 * Documents as the studio sends them: a Handlebars template filled with a model becomes HTML, and
 * the HTML becomes a PDF with the studio's fonts embedded. Invoices use it today; proposals and
 * reports render through the same {@link com.mediaflow.documents.DocumentRenderer}.
 *
 * <p>Rendering is closed to the outside world: user text is HTML-escaped by the templates, and
 * the PDF engine loads nothing but the templates' own classpath assets and the images handed to
 * it with the request, whatever a template or a piece of user text names.
 */
@ApplicationModule(displayName = "Documents")
@NullMarked
package com.mediaflow.documents;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
