package com.mediaflow.files.internal;

import com.mediaflow.files.AttachmentOwner;
import com.mediaflow.shared.web.InvalidInputException;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The record types files can be attached to: every {@link AttachmentOwner} bean, by entity type. */
@Component
class AttachmentOwners {

    private final Map<String, AttachmentOwner> owners;

    AttachmentOwners(ObjectProvider<AttachmentOwner> owners) {
        this.owners = owners.orderedStream()
                .collect(Collectors.toMap(
                        AttachmentOwner::entityType,
                        Function.identity(),
                        (a, b) -> {
                            throw new IllegalStateException("Two attachment owners claim the entity type '"
                                    + a.entityType() + "': " + a.getClass().getName() + " and "
                                    + b.getClass().getName());
                        },
                        TreeMap::new));
    }

    /**
     * The owner of {@code entityType}.
     *
     * @throws InvalidInputException when no module owns such records
     */
    AttachmentOwner of(String entityType) {
        var owner = owners.get(entityType);
        if (owner == null) {
            throw InvalidInputException.field("entity_type", "must be one of: " + String.join(", ", owners.keySet()));
        }
        return owner;
    }
}
