package com.mediaflow.proposals.page;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Serves the page's stylesheet and script ({@code static/p/assets}) under addresses that carry a
 * hash of their content ({@code /p/assets/proposal-5d41402a….js}), so browsers keep them for a year
 * and still fetch a new version the moment it changes.
 */
@Configuration(proxyBeanMethods = false)
class PageResources implements WebMvcConfigurer {

    static final String PATH = "/p/assets/";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(PATH + "**")
                .addResourceLocations("classpath:/static" + PATH)
                .setCacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
    }
}
