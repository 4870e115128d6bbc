package com.mediaflow.files.internal;

import com.mediaflow.files.FilesProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The file storage that {@code mediaflow.files.storage} names: {@code local} (the default) or {@code s3}. */
@Configuration(proxyBeanMethods = false)
class FileStorageConfiguration {

    @Bean
    @ConditionalOnProperty(name = "mediaflow.files.storage", havingValue = "local", matchIfMissing = true)
    LocalFileStorage localFileStorage(FilesProperties properties) {
        return new LocalFileStorage(properties.local().directory());
    }

    @Bean
    @ConditionalOnProperty(name = "mediaflow.files.storage", havingValue = "s3")
    S3FileStorage s3FileStorage(FilesProperties properties) {
        return new S3FileStorage(S3FileStorage.client(properties.s3()), properties.s3());
    }
}
