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
        return "\n  Sign in with POST /api/auth/login (" + members + " members).\n";
    }
}
