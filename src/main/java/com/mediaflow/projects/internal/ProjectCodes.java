package com.mediaflow.projects.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Hands out project codes {@code PRJ-0001}, {@code PRJ-0002}, … for projects created without one. */
@Component
class ProjectCodes {

    static final String PREFIX = "PRJ-";

    private final JdbcClient jdbc;
    private final ProjectRepository projects;

    ProjectCodes(JdbcClient jdbc, ProjectRepository projects) {
        this.jdbc = jdbc;
        this.projects = projects;
    }

    /**
     * The next free code. People may also choose codes by hand, so a number the sequence reaches may
     * be taken already: skip it. The unique constraint still guards the rare race with a hand-made
     * code committed at the same moment.
     */
    String next() {
        while (true) {
            long number = jdbc.sql("SELECT nextval('project_code_seq')")
                    .query(Long.class)
                    .single();
            var code = PREFIX + String.format("%04d", number);
            if (!projects.existsByCode(code)) {
                return code;
            }
        }
    }
}
