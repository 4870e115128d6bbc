package com.mediaflow.calendar.web;

import com.mediaflow.calendar.internal.CalendarFeeds;
import com.mediaflow.calendar.internal.FeedLink;
import com.mediaflow.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/calendar/feed-url")
@Tag(name = "Calendar")
class FeedUrlController {

    private final CalendarFeeds feeds;

    FeedUrlController(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping
    @ApiResponse(responseCode = "200", description = "Your subscription URL")
    @Operation(
            summary = "Your calendar subscription URL",
            description = "Any member, for themselves. The address is made on first use and stays the same until you "
                    + "rotate it, so it can be shown again at any time; the server keeps only a hash of its secret. "
                    + "Anyone who has the address can read the feed: treat it like a password. The feed holds the "
                    + "events you attend and the events of the projects you can see, by default from 90 days ago to a "
                    + "year ahead.")
    FeedUrlView get(@AuthenticationPrincipal CurrentUser user) {
        return view(feeds.linkFor(user));
    }

    @PostMapping("/rotate")
    @ApiResponse(responseCode = "200", description = "Your new subscription URL")
    @Operation(
            summary = "Replace your calendar subscription URL",
            description = "Issues a new address; the old one stops working at once (calendar apps subscribed to it "
                    + "get a 404). Use it when the address may have leaked.")
    FeedUrlView rotate(@AuthenticationPrincipal CurrentUser user) {
        return view(feeds.rotate(user));
    }

    private static FeedUrlView view(FeedLink link) {
        var url = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/calendar/feed/{secret}.ics")
                .buildAndExpand(link.secret())
                .toUriString();
        var webcal = "webcal" + url.substring(url.indexOf(':'));
        return new FeedUrlView(url, webcal, link.issuedAt());
    }
}
