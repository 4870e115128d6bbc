package com.mediaflow.contacts.internal;

import com.mediaflow.shared.web.ApiException;
import com.mediaflow.shared.web.ErrorCode;
import org.springframework.util.unit.DataSize;

/** The CSV file is larger than an import accepts. */
class ImportTooLargeException extends ApiException {

    ImportTooLargeException(DataSize limit) {
        super(
                ErrorCode.PAYLOAD_TOO_LARGE,
                "The file is larger than " + limit.toMegabytes() + " MB; split it into smaller files");
    }
}
