package com.mediaflow.documents;

import com.mediaflow.documents.internal.PdfWriter;
import com.mediaflow.documents.internal.Templates;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Renders the documents of every module: {@link #html} fills a template, {@link #pdf} turns the
 * result into a self-contained PDF (fonts embedded, no outside resources).
 *
 * <p>Templates live in {@code src/main/resources/templates/documents/NAME.hbs} and may be replaced
 * from the folder {@code mediaflow.documents.template-folder}. They must be well-formed XHTML;
 * {@code {{value}}} escapes HTML, so user text is always shown as text. Triple braces, which do not
 * escape, are for values the code has made safe itself.
 */
@Service
public class DocumentRenderer {

    private final Templates templates;
    private final PdfWriter pdfWriter;

    DocumentRenderer(DocumentsProperties properties) {
        this.templates = new Templates(properties.templateFolder());
        this.pdfWriter = new PdfWriter();
    }

    /** Creates a renderer outside of Spring, e.g. for a benchmark or a unit test. */
    public static DocumentRenderer standalone(DocumentsProperties properties) {
        return new DocumentRenderer(properties);
    }

    /** The template {@code name} filled with {@code model} (maps, records and beans are read alike). */
    public String html(String template, Object model) {
        return templates.render(template, model);
    }

    /** The template rendered to HTML and laid out as a PDF, with {@code images} available inline. */
    public byte[] pdf(String template, Object model, List<DocumentImage> images) {
        return pdfWriter.write(html(template, model), images);
    }

    /** HTML that is already rendered, laid out as a PDF. */
    public byte[] pdfOf(String html, List<DocumentImage> images) {
        return pdfWriter.write(html, images);
    }
}
