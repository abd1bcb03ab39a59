package jp.kitakyushu.busters.api.mail;

import java.time.Clock;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Puts mail in the outbox: one insert, and the writer goes on. The dispatcher does the
 * sending, off the request path.
 */
@Component
class MailOutbox {

	private final MongoTemplate mongo;

	private final Clock clock;

	MailOutbox(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	void enqueue(String to, MailTexts.Mail mail, String topic) {
		this.mongo.insert(OutboxMail.waiting(to, mail.subject(), mail.text(), topic, this.clock.instant()));
	}

}
