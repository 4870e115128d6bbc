package com.mediaflow.documents.internal;

import com.mediaflow.documents.DocumentImage;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;

/**
 * Lays out XHTML as a PDF. The DejaVu Sans fonts shipped in {@code src/main/resources/fonts}
 * (licence beside them) are embedded as subsets, so every viewer shows the same glyphs; the
 * templates name the family {@code DejaVu Sans}. Everything the document links to goes through a
 * {@link ResourceGate}.
 *
 * <p>Inline {@code <svg>} elements (charts) are drawn as vector graphics through Batik, with the
 * same fonts, scripts off and no external resources: an SVG can reference nothing outside itself.
 */
public final class PdfWriter {

    public static final String FONT_FAMILY = "DejaVu Sans";
    private static final byte[] REGULAR = font("/fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = font("/fonts/DejaVuSans-Bold.ttf");
    private static final EnumSet<BaseRendererBuilder.FSFontUseCase> WITH_SVG =
            EnumSet.of(BaseRendererBuilder.FSFontUseCase.DOCUMENT, BaseRendererBuilder.FSFontUseCase.SVG);
    private static final EnumSet<BaseRendererBuilder.FSFontUseCase> DOCUMENT_ONLY =
            EnumSet.of(BaseRendererBuilder.FSFontUseCase.DOCUMENT);
    private static final String[] FETCHING_PROTOCOLS = {"file", "jar", "ftp", "data", "http", "https", "mailto"};

    static {
        XRLog.setLoggerImpl(new EngineLog());
    }

    public byte[] write(String html, List<DocumentImage> images) {
        var gate = new ResourceGate(images);
        var out = new ByteArrayOutputStream(64 * 1024);
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, ResourceGate.BASE_URI);
            builder.useUriResolver(gate);
            builder.useExternalResourceAccessControl(
                    gate::allows, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl(
                    gate::allows, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.useHttpStreamImplementation(ResourceGate.Refused.INSTANCE);
            builder.useProtocolsStreamImplementation(ResourceGate.Refused.INSTANCE, FETCHING_PROTOCOLS);
            builder.useProtocolsStreamImplementation(gate, "inline", "classpath");
            // The SVG drawer (and the fonts handed to it) only for documents with charts: invoices stay as fast.
            var drawsSvg = html.contains("<svg");
            if (drawsSvg) {
                builder.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE));
            }
            var fontUses = drawsSvg ? WITH_SVG : DOCUMENT_ONLY;
            builder.useFont(
                    () -> new java.io.ByteArrayInputStream(REGULAR),
                    FONT_FAMILY,
                    400,
                    BaseRendererBuilder.FontStyle.NORMAL,
                    true,
                    fontUses);
            builder.useFont(
                    () -> new java.io.ByteArrayInputStream(BOLD),
                    FONT_FAMILY,
                    700,
                    BaseRendererBuilder.FontStyle.NORMAL,
                    true,
                    fontUses);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lay out the document", e);
        }
        return out.toByteArray();
    }

    private static byte[] font(String path) {
        try (InputStream in = PdfWriter.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The font " + path + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
