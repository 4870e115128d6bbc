package com.mediaflow.devtools;

import com.mediaflow.shared.security.Role;
import java.util.List;

/**
 * The people of the demo studio. Every one signs in with {@link #PASSWORD}; the first of each role
 * is the demo login printed in the banner and the README.
 */
final class DemoStudio {

    static final String PASSWORD = "MediaFlow-Demo-2026";
    static final String DOMAIN = "northlight.test";

    record Person(String email, String fullName, Role role, String jobTitle, int hourlyCost, int billableRate) {}

    static final List<Person> PEOPLE = List.of(
            new Person("owner@" + DOMAIN, "Olivia Hart", Role.OWNER, "Founder & Executive Producer", 95, 180),
            new Person("manager@" + DOMAIN, "Marcus Webb", Role.MANAGER, "Studio Manager", 70, 140),
            new Person("producer@" + DOMAIN, "Priya Nair", Role.PRODUCER, "Producer", 60, 130),
            new Person("sam.producer@" + DOMAIN, "Sam Okafor", Role.PRODUCER, "Line Producer", 55, 120),
            new Person("editor@" + DOMAIN, "Elena Rossi", Role.EDITOR, "Editor", 45, 110),
            new Person("jonas.camera@" + DOMAIN, "Jonas Berg", Role.EDITOR, "Director of Photography", 55, 125),
            new Person("lena.sound@" + DOMAIN, "Lena Vogel", Role.EDITOR, "Sound Designer", 42, 100),
            new Person("theo.colour@" + DOMAIN, "Theo Laurent", Role.EDITOR, "Colourist", 48, 115),
            new Person("assistant@" + DOMAIN, "Amira Haddad", Role.ASSISTANT, "Office Coordinator", 28, 0),
            new Person("ben.runner@" + DOMAIN, "Ben Carter", Role.ASSISTANT, "Production Assistant", 24, 0));

    private DemoStudio() {}

    /** One sign-in per role, for the banner. */
    static List<Person> loginsByRole() {
        return List.of(PEOPLE.get(0), PEOPLE.get(1), PEOPLE.get(2), PEOPLE.get(4), PEOPLE.get(8));
    }
}
