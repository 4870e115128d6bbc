package com.mediaflow.proposals.internal;

import com.mediaflow.documents.DocumentImage;
import com.mediaflow.documents.DocumentRenderer;
import com.mediaflow.organization.OrganizationDirectory;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Renders a proposal with {@code templates/documents/proposal.hbs}: the studio's brand, the
 * sections with optional items marked, totals, terms; once accepted or signed, a final "Signature
 * certificate" page with the evidence and the SHA-256 of the content that was decided on.
 */
@Component
class ProposalPdfs {

    private final DocumentRenderer renderer;
    private final OrganizationDirectory organization;
    private final StudioLogo logo;
    private final ClientParties clients;
    private final ProposalDecisions decisions;

    ProposalPdfs(
            DocumentRenderer renderer,
            OrganizationDirectory organization,
            StudioLogo logo,
            ClientParties clients,
            ProposalDecisions decisions) {
        this.renderer = renderer;
        this.organization = organization;
        this.logo = logo;
        this.clients = clients;
        this.decisions = decisions;
    }

    byte[] render(Proposal proposal) {
        var decision = decisions.find(proposal.id()).orElse(null);
        List<DocumentImage> images = new ArrayList<>();
        var studioLogo = logo.load();
        studioLogo.ifPresent(l -> images.add(new DocumentImage("logo", l.content())));
        if (decision != null && decision.signatureImage() != null) {
            images.add(new DocumentImage("signature", decision.signatureImage()));
        }
        var mark = switch (proposal.status()) {
            case DRAFT -> "DRAFT";
            case SUPERSEDED -> "SUPERSEDED";
            case REJECTED -> "REJECTED";
            default -> null;
        };
        var model = ProposalDocumentModel.of(
                proposal, clients.of(proposal), organization.current(), studioLogo.isPresent(), mark, decision);
        return renderer.pdf("proposal", model, images);
    }
}
