package jp.kitakyushu.busters.api.mail;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * The demo's own mail server (GreenMail), on loopback only: Keycloak's verification and
 * password-reset mails and the platform's notifications land here instead of anyone's
 * inbox, and staff read them on the web's demo mail page. Only with the {@code demo}
 * profile; everywhere else mail goes to a real server ({@code spring.mail.host}). Its
 * port is {@code BUSTERS_SMTP_PORT}: the launcher fixes 3025, tests leave it to the
 * system.
 */
@Component
@Profile("demo")
class DemoMailServer implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DemoMailServer.class);

	/** Keep no more than this many messages: the demo runs for days at most. */
	static final int KEEP = 500;

	private final GreenMail greenMail;

	private final ObjectProvider<JavaMailSender> senders;

	private volatile boolean running;

	DemoMailServer(MailProperties properties, ObjectProvider<JavaMailSender> senders) {
		ServerSetup smtp = new ServerSetup(properties.demoSmtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
		this.greenMail = new GreenMail((properties.demoSmtpPort() == 0) ? smtp.dynamicPort() : smtp)
			.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
		this.senders = senders;
	}

	@Override
	public void start() {
		this.greenMail.start();
		this.running = true;
		int port = this.greenMail.getSmtp().getPort();
		// Port 0 (tests with the demo profile) means any free port: the platform's own
		// sender follows it. The launcher fixes a port so that Keycloak can send here
		// too.
		if (this.senders.getIfAvailable() instanceof JavaMailSenderImpl sender && sender.getPort() <= 0) {
			sender.setPort(port);
		}
		log.info("Demo mail server (GreenMail) listening on 127.0.0.1:{}", port);
	}

	@Override
	public void stop() {
		this.running = false;
		this.greenMail.stop();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Starts before anything that could send mail, and stops after it. */
	@Override
	public int getPhase() {
		return Integer.MIN_VALUE + 1000;
	}

	/** What the server received, newest first. */
	List<MimeMessage> received() {
		List<MimeMessage> messages = Arrays.asList(this.greenMail.getReceivedMessages());
		java.util.Collections.reverse(messages);
		return (messages.size() > KEEP) ? messages.subList(0, KEEP) : messages;
	}

}
