package jp.kitakyushu.busters.api.mail;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.mail.internet.MimeMessage;
import jp.kitakyushu.busters.api.mail.OutboxMail.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Empties the outbox off the request path. Each mail is taken with a conditional update
 * (only one instance sends it), sent, and marked sent; a failure puts it back with a
 * later attempt time, doubling up to {@code busters.mail.longest-retry}, forever: a mail
 * server outage delays mail and loses none. A mail an instance took and never finished
 * (it stopped mid-way) goes back to waiting when its hold runs out.
 */
@Component
class MailDispatcher {

	private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

	/** How long a taken mail stays with the instance that took it. */
	static final Duration HOLD = Duration.ofMinutes(2);

	private final MongoTemplate mongo;

	private final Clock clock;

	private final MailProperties properties;

	private final ObjectProvider<JavaMailSender> senders;

	private boolean warnedNoServer;

	MailDispatcher(MongoTemplate mongo, Clock clock, MailProperties properties,
			ObjectProvider<JavaMailSender> senders) {
		this.mongo = mongo;
		this.clock = clock;
		this.properties = properties;
		this.senders = senders;
	}

	@Scheduled(fixedDelayString = "${busters.mail.dispatch-interval:5s}",
			initialDelayString = "${busters.mail.dispatch-interval:5s}")
	void dispatch() {
		JavaMailSender sender = this.senders.getIfAvailable();
		if (sender == null) {
			if (!this.warnedNoServer) {
				log.info("No mail server configured (spring.mail.host): e-mail waits in the outbox");
				this.warnedNoServer = true;
			}
			return;
		}
		sendDue(sender);
	}

	/** Sends what is due now; returns how many were sent. */
	int sendDue(JavaMailSender sender) {
		Instant now = this.clock.instant();
		this.mongo.updateMulti(Query.query(Criteria.where("status").is(Status.SENDING).and("claimedUntil").lt(now)),
				new Update().set("status", Status.PENDING).unset("claimedUntil"), OutboxMail.class);
		List<OutboxMail> due = this.mongo
			.find(Query.query(Criteria.where("status").is(Status.PENDING).and("nextAttemptAt").lte(now))
				.with(Sort.by("nextAttemptAt"))
				.limit(this.properties.batchSize()), OutboxMail.class);
		int sent = 0;
		for (OutboxMail mail : due) {
			if (take(mail, now) && send(sender, mail)) {
				sent++;
			}
		}
		return sent;
	}

	private boolean take(OutboxMail mail, Instant now) {
		Query waiting = Query.query(Criteria.where("_id").is(mail.getId()).and("status").is(Status.PENDING));
		Update taken = new Update().set("status", Status.SENDING).set("claimedUntil", now.plus(HOLD));
		return this.mongo.updateFirst(waiting, taken, OutboxMail.class).getModifiedCount() == 1;
	}

	private boolean send(JavaMailSender sender, OutboxMail mail) {
		Query mine = Query.query(Criteria.where("_id").is(mail.getId()).and("status").is(Status.SENDING));
		try {
			sender.send((MimeMessage message) -> {
				MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
				helper.setFrom(this.properties.from(), MailTexts.SENDER_NAME);
				helper.setTo(mail.getTo());
				helper.setSubject(mail.getSubject());
				helper.setText(mail.getText());
			});
			this.mongo.updateFirst(mine,
					new Update().set("status", Status.SENT)
						.set("sentAt", this.clock.instant())
						.inc("attempts", 1)
						.unset("claimedUntil")
						.unset("lastError"),
					OutboxMail.class);
			return true;
		}
		catch (RuntimeException ex) {
			int attempts = mail.getAttempts() + 1;
			Duration wait = this.properties.retryAfter(attempts);
			log.warn("Could not send {} mail {} (attempt {}), trying again in {}: {}", mail.getTopic(), mail.getId(),
					attempts, wait, ex.getMessage());
			this.mongo.updateFirst(mine,
					new Update().set("status", Status.PENDING)
						.set("attempts", attempts)
						.set("nextAttemptAt", this.clock.instant().plus(wait))
						.set("lastError", abbreviate(String.valueOf(ex.getMessage())))
						.unset("claimedUntil"),
					OutboxMail.class);
			return false;
		}
	}

	private static String abbreviate(String text) {
		return (text.length() > 500) ? text.substring(0, 500) : text;
	}

}
