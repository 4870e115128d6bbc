package com.mediaflow.proposals.internal;

import com.mediaflow.contacts.ContactActivityOccurred;
import com.mediaflow.proposals.ProposalAccepted;
import com.mediaflow.proposals.ProposalsProperties;
import com.mediaflow.shared.audit.AuditActor;
import com.mediaflow.shared.audit.AuditLog;
import com.mediaflow.shared.security.SecretTokens;
import com.mediaflow.shared.web.InvalidInputException;
import com.mediaflow.shared.web.InvalidStateException;
import com.mediaflow.shared.web.NotFoundException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the client does through the link they were sent ({@code /p/{token}}): open the proposal,
 * report time on page, accept, reject or sign it, and download its PDF.
 *
 * <p>A link works while it is the newest link of the newest version and the proposal has not
 * expired ({@code valid_until} is today or later where the studio is). Anything else, an unknown
 * token included, is the same {@code 404} that reveals nothing. A decided proposal still opens,
 * read-only ({@code actionable} false), until it expires. The first decision is final: repeating it
 * (same kind, same signer) answers as before; a different one is {@code 409 INVALID_STATE}.
 */
@Service
public class PublicProposalService {

    private final ProposalRepository proposals;
    private final ProposalDecisions decisions;
    private final ProposalActivities activities;
    private final ClientParties clients;
    private final PublicViews views;
    private final OwnerAlerts alerts;
    private final ProposalPdfs pdfs;
    private final StudioLogo logo;
    private final ProposalCalendar calendar;
    private final ProposalsProperties properties;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    PublicProposalService(
            ProposalRepository proposals,
            ProposalDecisions decisions,
            ProposalActivities activities,
            ClientParties clients,
            PublicViews views,
            OwnerAlerts alerts,
            ProposalPdfs pdfs,
            StudioLogo logo,
            ProposalCalendar calendar,
            ProposalsProperties properties,
            AuditLog audit,
            ApplicationEventPublisher events,
            JdbcClient jdbc,
            Clock clock) {
        this.proposals = proposals;
        this.decisions = decisions;
        this.activities = activities;
        this.clients = clients;
        this.views = views;
        this.alerts = alerts;
        this.pdfs = pdfs;
        this.logo = logo;
        this.calendar = calendar;
        this.properties = properties;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Opens the proposal: records a view (and tells the owner about the first one). */
    @Transactional
    public PublicProposalView open(String token, ClientInfo client) {
        var proposal = usable(token);
        var now = now();
        var viewId = recordView(proposal, client, now);
        var party = clients.of(proposal);
        if (proposal.viewCount() == 1) {
            activities.record(proposal, "viewed", "First viewed by the client", null, now);
            alerts.viewed(proposal, party, now);
        } else {
            activities.record(proposal, "viewed", "Viewed again (" + proposal.viewCount() + " views)", null, now);
        }
        return views.of(proposal, party, viewId, decisions.find(proposal.id()).orElse(null));
    }

    /**
     * Adds time on page to a view. Each report is capped at {@code mediaflow.proposals.max-visible-millis},
     * and a view never counts more time than has passed since it was opened.
     */
    @Transactional
    public void recordVisibility(String token, UUID viewId, long visibleMillis) {
        var proposal = usable(token);
        var now = now();
        var millis = Math.max(0, Math.min(visibleMillis, properties.maxVisibleMillis()));
        var added = jdbc.sql("""
                        WITH old AS (SELECT visible_ms FROM proposals_views WHERE id = :id AND proposal_id = :proposal)
                        UPDATE proposals_views v
                        SET visible_ms = LEAST(v.visible_ms + :ms,
                                               GREATEST(v.visible_ms, (EXTRACT(EPOCH FROM (:now - v.viewed_at)) * 1000)::BIGINT))
                        FROM old
                        WHERE v.id = :id AND v.proposal_id = :proposal
                        RETURNING v.visible_ms - old.visible_ms
                        """)
                .param("id", viewId)
                .param("proposal", proposal.id())
                .param("ms", millis)
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .optional()
                .orElseThrow(() -> NotFoundException.because("No such view of this proposal"));
        proposal.addVisibleTime(added);
    }

    /** The client accepts without signing: status {@code accepted}. */
    @Transactional
    public PublicProposalView accept(String token, AcceptRequest request, ClientInfo client) {
        var proposal = usable(token);
        var repeated = repeated(proposal, ProposalStatus.ACCEPTED, request.name(), request.email(), client);
        if (repeated.isPresent()) {
            return repeated.get();
        }
        return decide(
                proposal,
                ProposalStatus.ACCEPTED,
                request.name(),
                request.email(),
                null,
                null,
                null,
                null,
                request.chosen(),
                client);
    }

    /** The client turns the proposal down with a reason: status {@code rejected}. */
    @Transactional
    public PublicProposalView reject(String token, RejectRequest request, ClientInfo client) {
        var proposal = usable(token);
        var repeated = repeated(proposal, ProposalStatus.REJECTED, request.name(), request.email(), client);
        if (repeated.isPresent()) {
            return repeated.get();
        }
        return decide(
                proposal,
                ProposalStatus.REJECTED,
                request.name(),
                request.email(),
                request.reason().strip(),
                null,
                null,
                null,
                List.of(),
                client);
    }

    /** The client signs (a drawn PNG or a typed name): status {@code signed}, evidence kept. */
    @Transactional
    public PublicProposalView sign(String token, SignRequest request, ClientInfo client) {
        var proposal = usable(token);
        var repeated = repeated(proposal, ProposalStatus.SIGNED, request.name(), request.email(), client);
        if (repeated.isPresent()) {
            return repeated.get();
        }
        byte[] image = null;
        String typed = null;
        if (request.drawn()) {
            if (request.signatureImage() == null || request.signatureImage().isBlank()) {
                throw InvalidInputException.field("signature_image", "is required for a drawn signature");
            }
            image = SignatureImages.decode(request.signatureImage());
        } else {
            if (request.typedSignature() == null || request.typedSignature().isBlank()) {
                throw InvalidInputException.field("typed_signature", "is required for a typed signature");
            }
            typed = request.typedSignature().strip();
        }
        return decide(
                proposal,
                ProposalStatus.SIGNED,
                request.name(),
                request.email(),
                null,
                request.drawn() ? "DRAWN" : "TYPED",
                image,
                typed,
                request.chosen(),
                client);
    }

    /** The PDF as the client downloads it, with the signature certificate once signed. */
    @Transactional(readOnly = true)
    public byte[] pdf(String token) {
        return pdfs.render(readable(token));
    }

    /** The proposal's number, to name the PDF. */
    @Transactional(readOnly = true)
    public String number(String token) {
        return readable(token).number();
    }

    /** The studio's logo for the public page; 404 when it has none. */
    @Transactional(readOnly = true)
    public Logo logo(String token) {
        readable(token);
        return logo.load()
                .map(found -> new Logo(found.content(), found.contentType()))
                .orElseThrow(() -> NotFoundException.because("The studio has no logo"));
    }

    /** An image and its content type ({@code image/png} or {@code image/jpeg}). */
    public record Logo(byte[] content, String contentType) {}

    // ----

    private PublicProposalView decide(
            Proposal proposal,
            ProposalStatus kind,
            String name,
            String email,
            @Nullable String reason,
            @Nullable String signatureType,
            byte @Nullable [] image,
            @Nullable String typed,
            List<UUID> chosen,
            ClientInfo client) {
        if (!proposal.status().isOut()) {
            throw InvalidStateException.because(
                    "This proposal was already " + proposal.status().value() + "; the decision is final",
                    Map.of("status", proposal.status().value()));
        }
        var now = now();
        proposal.decide(kind, chosen, now);
        var party = clients.of(proposal);
        var selected = proposal.items().stream()
                .filter(item -> item.optional() && item.selected())
                .map(ProposalItem::id)
                .toList();
        var decision = new Decision(
                proposal.id(),
                kind,
                name.strip(),
                email.strip(),
                reason,
                signatureType,
                image,
                typed,
                selected,
                ProposalContent.sha256(proposal, party),
                proposal.number(),
                proposal.revision(),
                proposal.total(),
                client.ip(),
                client.userAgent(),
                now);
        proposals.flush();
        decisions.record(decision);
        var verb = kind.value();
        activities.record(
                proposal,
                verb,
                (kind == ProposalStatus.SIGNED ? "Signed" : kind == ProposalStatus.ACCEPTED ? "Accepted" : "Rejected")
                        + " by " + decision.signerName() + " <" + decision.signerEmail() + ">"
                        + (reason == null ? "" : ": " + reason),
                null,
                now);
        audit.recordAs(
                AuditActor.claimed(decision.signerEmail()),
                "proposal." + verb,
                "proposal",
                proposal.id(),
                null,
                Map.of(
                        "number", proposal.number(),
                        "version", proposal.revision(),
                        "content_sha256", decision.contentSha256(),
                        "ip", client.ip()));
        alerts.decided(proposal, party, decision);
        if (proposal.clientId() != null) {
            events.publishEvent(new ContactActivityOccurred(
                    proposal.clientId(),
                    "proposal." + verb,
                    "Proposal " + proposal.number() + " " + verb + " by " + decision.signerName(),
                    null,
                    "proposal",
                    proposal.id(),
                    now));
        }
        if (kind != ProposalStatus.REJECTED) {
            events.publishEvent(new ProposalAccepted(
                    proposal.id(),
                    proposal.number(),
                    proposal.revision(),
                    proposal.title(),
                    kind == ProposalStatus.SIGNED,
                    proposal.clientId(),
                    proposal.leadId(),
                    proposal.projectId(),
                    proposal.ownerId(),
                    proposal.total(),
                    proposal.currency(),
                    proposal.depositPercent(),
                    now));
        }
        return views.of(proposal, party, latestView(proposal, client, now), decision);
    }

    /** The answer to a decision made before: the same one repeated, or 409 for a different one. */
    private Optional<PublicProposalView> repeated(
            Proposal proposal, ProposalStatus kind, String name, String email, ClientInfo client) {
        if (!proposal.status().isDecided()) {
            return Optional.empty();
        }
        var decision = decisions
                .find(proposal.id())
                .orElseThrow(() -> new IllegalStateException("Decided proposal " + proposal.id() + " has no decision"));
        if (!decision.sameAs(kind, name, email)) {
            throw InvalidStateException.because(
                    "This proposal was already " + decision.kind().value() + "; the decision is final",
                    Map.of("status", proposal.status().value()));
        }
        return Optional.of(views.of(proposal, clients.of(proposal), latestView(proposal, client, now()), decision));
    }

    /**
     * The version a token opens, locked for the rest of the transaction; the same 404 for every
     * reason it does not open.
     */
    private Proposal usable(String token) {
        return check(wellFormed(token) ? proposals.lockByTokenHash(SecretTokens.hash(token)) : Optional.empty());
    }

    /** Like {@link #usable} without the lock, for reading only. */
    private Proposal readable(String token) {
        return check(wellFormed(token) ? proposals.findByTokenHash(SecretTokens.hash(token)) : Optional.empty());
    }

    private static boolean wellFormed(String token) {
        return token.length() >= 20 && token.length() <= 100;
    }

    private Proposal check(Optional<Proposal> found) {
        var proposal = found.orElseThrow(PublicProposalService::notFound);
        var status = proposal.status();
        if (!(status.isOut() || status.isDecided()) || proposal.validUntil().isBefore(calendar.today())) {
            throw notFound();
        }
        return proposal;
    }

    /** Now, at the precision the database keeps, so a repeated answer shows the same times. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static NotFoundException notFound() {
        return NotFoundException.because("This link is not valid. Ask the sender for a new one.");
    }

    private UUID recordView(Proposal proposal, ClientInfo client, Instant now) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO proposals_views (id, proposal_id, viewed_at, ip, user_agent)
                        VALUES (:id, :proposal, :at, :ip, :agent)
                        """)
                .param("id", id)
                .param("proposal", proposal.id())
                .param("at", Timestamp.from(now))
                .param("ip", client.ip())
                .param("agent", client.userAgent())
                .update();
        proposal.recordView(now);
        return id;
    }

    /** The client's latest view of this version, to which beacons from the page report. */
    private UUID latestView(Proposal proposal, ClientInfo client, Instant now) {
        return jdbc.sql("""
                        SELECT id FROM proposals_views WHERE proposal_id = :proposal
                        ORDER BY viewed_at DESC, id LIMIT 1
                        """)
                .param("proposal", proposal.id())
                .query(UUID.class)
                .optional()
                .orElseGet(() -> recordView(proposal, client, now));
    }
}
