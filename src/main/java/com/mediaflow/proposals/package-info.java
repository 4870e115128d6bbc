/**
 * Sales: leads through their pipeline, and proposals with numbered versions, a public page where
 * the client reads, accepts, rejects or signs, tracking of views, PDFs with a signature
 * certificate, and a timeline of everything that happened.
 *
 * <p>Other modules learn of an accepted or signed proposal through {@link
 * com.mediaflow.proposals.ProposalAccepted}, and of the client and project it was linked to
 * afterwards through {@link com.mediaflow.proposals.AcceptedProposalLinked} (accounting drafts the
 * deposit invoice from it).
 */
@ApplicationModule(displayName = "Proposals")
@NullMarked
package com.mediaflow.proposals;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
