package com.mediaflow.devtools;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** How to get in: the demo logins when the demo studio exists, otherwise how to create the owner. */
final class DemoLogins {

    private DemoLogins() {}

    static String describe(ApplicationContext context) {
        var jdbc = context.getBean(JdbcClient.class);
        long members =
                jdbc.sql("SELECT count(*) FROM team_members").query(Long.class).single();
        if (members == 0) {
            return """

                      No accounts yet. Create the owner account (the first sign-up becomes owner):
                        POST /api/auth/register  {"full_name": "...", "email": "...", "password": "..."}
                      (or open Swagger UI > Auth > register). After that, people join by invitation.
                    """;
        }
        var demo = new StringBuilder("\n  Demo logins (password ")
                .append(DemoStudio.PASSWORD)
                .append("):\n");
        for (var person : DemoStudio.loginsByRole()) {
            var exists = jdbc.sql("SELECT count(*) FROM team_members WHERE email = ?")
                            .param(person.email())
                            .query(Long.class)
                            .single()
                    > 0;
            if (exists) {
                demo.append("    ")
                        .append(String.format("%-10s", person.role().value()))
                        .append(person.email())
                        .append('\n');
            }
        }
        return demo.append("  Sign in with POST /api/auth/login.\n").toString();
    }
}
