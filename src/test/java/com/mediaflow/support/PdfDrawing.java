package com.mediaflow.support;

import java.awt.geom.Point2D;
import java.io.IOException;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * Counts what a PDF page draws as vector graphics (lines, curves, rectangles, strokes and fills),
 * form XObjects included, e.g. to check that a chart was drawn and not left out or pasted as a
 * picture.
 */
public final class PdfDrawing extends PDFGraphicsStreamEngine {

    private int segments;
    private int rectangles;
    private int paintedPaths;

    private PdfDrawing(PDPage page) {
        super(page);
    }

    public record Counts(int segments, int rectangles, int paintedPaths) {}

    public static Counts of(PDPage page) throws IOException {
        var drawing = new PdfDrawing(page);
        drawing.processPage(page);
        return new Counts(drawing.segments, drawing.rectangles, drawing.paintedPaths);
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        rectangles++;
    }

    @Override
    public void drawImage(PDImage pdImage) {}

    @Override
    public void clip(int windingRule) {}

    @Override
    public void moveTo(float x, float y) {}

    @Override
    public void lineTo(float x, float y) {
        segments++;
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        segments++;
    }

    @Override
    public Point2D getCurrentPoint() {
        return new Point2D.Float();
    }

    @Override
    public void closePath() {}

    @Override
    public void endPath() {}

    @Override
    public void strokePath() {
        paintedPaths++;
    }

    @Override
    public void fillPath(int windingRule) {
        paintedPaths++;
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        paintedPaths++;
    }

    @Override
    public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {}
}
