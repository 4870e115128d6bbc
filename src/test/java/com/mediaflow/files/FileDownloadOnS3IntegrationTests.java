package com.mediaflow.files;

import com.mediaflow.support.IntegrationTest;

/** The tests of {@link FileDownloadIntegrationTests}, with the files in an S3 bucket. */
@IntegrationTest
class FileDownloadOnS3IntegrationTests extends FileDownloadIntegrationTests implements OnS3Storage {}
