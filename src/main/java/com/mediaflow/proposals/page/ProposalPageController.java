package com.mediaflow.proposals.page;

import com.mediaflow.proposals.ProposalsProperties;
import com.mediaflow.proposals.internal.ClientInfo;
import com.mediaflow.proposals.internal.PublicProposalService;
import com.mediaflow.shared.ratelimit.RateLimitHeaders;
import com.mediaflow.shared.ratelimit.RateLimitedException;
import com.mediaflow.shared.ratelimit.RateLimiter;
import com.mediaflow.shared.security.SecretTokens;
import com.mediaflow.shared.web.NotFoundException;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The page a client opens from the proposal e-mail. It is HTML for people, not part of the JSON API
 * (hidden from the OpenAPI document); its script calls the public JSON routes. Every answer, the
 * 404 for a link that does not work included, carries the page's strict Content-Security-Policy.
 */
@Controller
@Hidden
class ProposalPageController {

    private final PublicProposalService proposals;
    private final PageTemplates templates;
    private final PageAssets assets;
    private final RateLimiter limiter;
    private final ProposalsProperties properties;

    ProposalPageController(
            PublicProposalService proposals,
            PageTemplates templates,
            PageAssets assets,
            RateLimiter limiter,
            ProposalsProperties properties) {
        this.proposals = proposals;
        this.templates = templates;
        this.assets = assets;
        this.limiter = limiter;
        this.properties = properties;
    }

    @GetMapping(path = "/p/{token}", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    ResponseEntity<String> page(@PathVariable String token, HttpServletRequest request, HttpServletResponse response) {
        var ip = request.getRemoteAddr();
        // The same bucket as the page's JSON routes: one client and link share one allowance.
        limiter.consume("proposal-public", properties.publicLimit(), ip + ":" + SecretTokens.hash(token))
                .writeHeaders(response);
        var view = proposals.open(token, new ClientInfo(ip, request.getHeader(HttpHeaders.USER_AGENT)));
        return html(HttpStatus.OK, templates.render("proposal", ProposalPage.of(token, view, assets.current())));
    }

    /** The studio's colours as a stylesheet; the address names the colour, so it never changes. */
    @GetMapping(path = "/p/brand/{colour:[0-9a-f]{6}}.css", produces = "text/css")
    @ResponseBody
    ResponseEntity<String> brand(@PathVariable String colour) {
        return ResponseEntity.ok()
                .cacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .contentType(new MediaType("text", "css", java.nio.charset.StandardCharsets.UTF_8))
                .body(BrandTheme.of(colour).css());
    }

    /** Unknown, replaced and expired links alike: the same page, which says nothing about why. */
    @ExceptionHandler(NotFoundException.class)
    @ResponseBody
    ResponseEntity<String> notFound() {
        return html(
                HttpStatus.NOT_FOUND,
                notice(
                        "This link does not work",
                        "The proposal may have been replaced by a newer version, or the link has expired or was"
                                + " copied incompletely.",
                        "Please ask the person who sent it to you for a new link."));
    }

    @ExceptionHandler(RateLimitedException.class)
    @ResponseBody
    ResponseEntity<String> tooManyRequests(RateLimitedException e, HttpServletResponse response) {
        RateLimitHeaders.write(response, e);
        return html(
                HttpStatus.TOO_MANY_REQUESTS,
                notice(
                        "Too many requests",
                        "This page was opened many times in a short while.",
                        "Please wait a minute, then reload it."));
    }

    private String notice(String title, String... paragraphs) {
        return templates.render(
                "notice",
                java.util.Map.of(
                        "title",
                        title,
                        "paragraphs",
                        List.of(paragraphs),
                        "stylesheet",
                        assets.current().stylesheet()));
    }

    private static ResponseEntity<String> html(HttpStatus status, String body) {
        return ResponseEntity.status(status)
                .contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .header("Content-Security-Policy", PageAssets.CONTENT_SECURITY_POLICY)
                .header("Referrer-Policy", "no-referrer")
                .header("X-Robots-Tag", "noindex, nofollow")
                .body(body);
    }
}
