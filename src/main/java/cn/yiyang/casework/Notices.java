package cn.yiyang.casework;

import cn.yiyang.casework.internal.NotificationMapper;
import cn.yiyang.identity.AccountService;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells people what happened: a notice in the UI for each recipient, written with the change, and an e-mail when an
 * SMTP server is configured (sent after commit, so a refused change never mails anyone).
 */
@Service
public class Notices {

    private static final Logger log = LoggerFactory.getLogger(Notices.class);

    public record Notice(long id, String title, String body, String caseNo, LocalDateTime createdAt,
                         LocalDateTime readAt) {
    }

    private final NotificationMapper notifications;
    private final AccountService accounts;
    private final ObjectProvider<JavaMailSender> mail;
    private final Clock clock;
    private final String smtpHost;
    private final String from;

    Notices(NotificationMapper notifications, AccountService accounts, ObjectProvider<JavaMailSender> mail, Clock clock,
            @Value("${spring.mail.host:}") String smtpHost, @Value("${yiyang.mail-from:noreply@yiyang.local}") String from) {
        this.notifications = notifications;
        this.accounts = accounts;
        this.mail = mail;
        this.clock = clock;
        this.smtpHost = smtpHost;
        this.from = from;
    }

    @Transactional
    public void tell(Collection<String> usernames, Long caseId, String title, String body) {
        List<String> recipients = usernames.stream().distinct().toList();
        if (recipients.isEmpty()) {
            return;
        }
        notifications.insert(recipients, caseId, title, body, LocalDateTime.now(clock));
        if (smtpHost.isBlank()) {
            return;
        }
        List<String> addresses = recipients.stream().map(accounts::find).flatMap(java.util.Optional::stream)
                .map(a -> a.email()).filter(e -> e != null && !e.isBlank()).toList();
        if (!addresses.isEmpty()) {
            afterCommit(() -> send(addresses, title, body));
        }
    }

    /** Tells the staff of the case's applicant institution. */
    @Transactional
    public void tellApplicant(CaseInfo c, String title, String body) {
        if (c.institutionId() != null) {
            tell(accounts.usernamesOfInstitution(c.institutionId()), c.id(), title, body);
        }
    }

    /** Tells everyone of a department with a role, e.g. the HEALTH LEADER. */
    @Transactional
    public void tellRole(String departmentCode, cn.yiyang.identity.Role role, Long caseId, String title, String body) {
        tell(accounts.usernamesOf(departmentCode, role), caseId, title, body);
    }

    @Transactional(readOnly = true)
    public List<Notice> recent(String username, int limit) {
        return notifications.recent(username, limit);
    }

    @Transactional(readOnly = true)
    public long unread(String username) {
        return notifications.unread(username);
    }

    @Transactional
    public void markRead(String username) {
        notifications.markRead(username, LocalDateTime.now(clock));
    }

    private void send(List<String> addresses, String title, String body) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(addresses.toArray(String[]::new));
        message.setSubject("【医养结合】" + title);
        message.setText(body == null ? title : body);
        try {
            sender.send(message);
        } catch (MailException e) {
            log.warn("Notice e-mail '{}' not sent: {}", title, e.getMessage());
        }
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
