package com.mediaflow.proposals.internal;

import com.mediaflow.contacts.ContactDirectory;
import org.springframework.stereotype.Component;

/** Resolves the client of a proposal: its contact, or the lead it was made for. */
@Component
class ClientParties {

    private final ContactDirectory contacts;
    private final LeadRepository leads;

    ClientParties(ContactDirectory contacts, LeadRepository leads) {
        this.contacts = contacts;
        this.leads = leads;
    }

    ClientParty of(Proposal proposal) {
        var clientId = proposal.clientId();
        if (clientId != null) {
            var contact = contacts.find(clientId);
            if (contact.isPresent()) {
                var summary = contact.get();
                var company = summary.companyId() == null
                        ? null
                        : contacts.find(summary.companyId())
                                .map(c -> c.displayName())
                                .orElse(null);
                return new ClientParty(summary.displayName(), company, summary.email());
            }
        }
        var leadId = proposal.leadId();
        if (leadId != null) {
            var lead = leads.findById(leadId);
            if (lead.isPresent()) {
                return new ClientParty(
                        lead.get().name(), lead.get().company(), lead.get().email());
            }
        }
        return new ClientParty("Client", null, null);
    }
}
