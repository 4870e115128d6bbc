package com.mediaflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class MediaFlowApplication {

    public static void main(String[] args) {
        SpringApplication.run(MediaFlowApplication.class, args);
    }
}
