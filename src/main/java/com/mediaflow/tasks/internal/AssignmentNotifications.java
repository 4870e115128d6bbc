package com.mediaflow.tasks.internal;

import com.mediaflow.notifications.MailModels;
import com.mediaflow.notifications.MailRecipient;
import com.mediaflow.notifications.MailTemplate;
import com.mediaflow.notifications.Mailer;
import com.mediaflow.notifications.NotificationLink;
import com.mediaflow.notifications.NotificationProperties;
import com.mediaflow.notifications.NotificationType;
import com.mediaflow.notifications.Notifications;
import com.mediaflow.projects.ProjectDirectory;
import com.mediaflow.projects.ProjectSummary;
import com.mediaflow.tasks.TaskAssigned;
import com.mediaflow.team.MemberAccount;
import com.mediaflow.team.TeamDirectory;
import java.util.Objects;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a member about a task given to them: in the app and, unless they turned it off, by e-mail.
 * Runs after the assignment commits, from the event publication registry, so a crash in between
 * only delays it. Nothing is sent for a task people assign to themselves, or that was reassigned
 * or deleted by the time this runs.
 */
@Component
class AssignmentNotifications {

    private static final int MAX_TITLE = 200;

    private final TaskRepository tasks;
    private final TeamDirectory team;
    private final ProjectDirectory projects;
    private final Notifications notifications;
    private final Mailer mailer;
    private final NotificationProperties links;

    AssignmentNotifications(
            TaskRepository tasks,
            TeamDirectory team,
            ProjectDirectory projects,
            Notifications notifications,
            Mailer mailer,
            NotificationProperties links) {
        this.tasks = tasks;
        this.team = team;
        this.projects = projects;
        this.notifications = notifications;
        this.mailer = mailer;
        this.links = links;
    }

    @ApplicationModuleListener
    void on(TaskAssigned event) {
        if (event.assigneeId().equals(event.assignedBy())) {
            return;
        }
        var task = tasks.findById(event.taskId())
                .filter(current -> Objects.equals(current.assigneeId(), event.assigneeId()))
                .orElse(null);
        var assignee = team.findAccount(event.assigneeId())
                .filter(MemberAccount::isActive)
                .orElse(null);
        if (task == null || assignee == null) {
            return;
        }
        var assigner = team.findAccount(event.assignedBy())
                .map(MemberAccount::fullName)
                .orElse("A colleague");
        var project = projects.find(task.projectId()).map(ProjectSummary::name).orElse(null);
        var path = "/tasks/" + task.id();
        notifications.notify(
                assignee.id(),
                NotificationType.TASK_ASSIGNED,
                shorten("New task: " + task.title()),
                assigner + " assigned you a task" + (project == null ? "" : " in " + project),
                NotificationLink.to("task", task.id(), path));
        mailer.send(
                MailTemplate.TASK_ASSIGNED,
                MailRecipient.member(assignee.id(), assignee.email()),
                new MailModels.TaskAssigned(
                        assignee.fullName(),
                        task.title(),
                        project,
                        assigner,
                        task.dueDate(),
                        links.frontendBase() + path));
    }

    private static String shorten(String title) {
        return title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE - 1) + "…";
    }
}
