package com.mediaflow.proposals.page;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/** The addresses of the page's stylesheet and script as the page links them, with their content hash. */
@Component
class PageAssets {

    /**
     * The page's policy: nothing from anywhere but this server, no inline script or style, no
     * framing, forms and requests to this server only.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
            + "base-uri 'none'";

    private static final String STYLESHEET = PageResources.PATH + "proposal.css";
    private static final String SCRIPT = PageResources.PATH + "proposal.js";

    private final ResourceUrlProvider urls;

    PageAssets(ResourceUrlProvider mvcResourceUrlProvider) {
        this.urls = mvcResourceUrlProvider;
    }

    ProposalPage.Assets current() {
        return new ProposalPage.Assets(versioned(STYLESHEET), versioned(SCRIPT));
    }

    private String versioned(String path) {
        var url = urls.getForLookupPath(path);
        return url != null ? url : path;
    }
}
