package com.mediaflow.exports.internal;

import java.io.IOException;
import java.util.List;

/** Writes a table row by row to a stream, never holding more than a small window of it. */
interface TableWriter extends AutoCloseable {

    void header(List<OutputColumn> columns) throws IOException;

    void row(Object[] values) throws IOException;

    /** Completes the file; the underlying stream stays open. */
    void finish() throws IOException;

    /** Releases temporary resources, also after a failure. */
    @Override
    void close();
}
