package com.mediaflow.files;

import com.mediaflow.support.IntegrationTest;

/** The tests of {@link FileAccessIntegrationTests}, with the files in an S3 bucket. */
@IntegrationTest
class FileAccessOnS3IntegrationTests extends FileAccessIntegrationTests implements OnS3Storage {}
