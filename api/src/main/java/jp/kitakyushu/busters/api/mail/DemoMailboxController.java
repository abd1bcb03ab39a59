package jp.kitakyushu.busters.api.mail;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jp.kitakyushu.busters.api.system.graphql.Connection;
import jp.kitakyushu.busters.api.system.graphql.PageRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * The mail the demo's own mail server received, for staff to read on the web (and for the
 * end-to-end tests to follow a verification link). Outside the demo there is no such
 * server and the mailbox says so.
 */
@Controller
class DemoMailboxController {

	private final ObjectProvider<DemoMailServer> server;

	DemoMailboxController(ObjectProvider<DemoMailServer> server) {
		this.server = server;
	}

	@QueryMapping
	@PreAuthorize("hasRole('STAFF')")
	DemoMailbox demoMailbox(@Argument @Nullable Integer first, @Argument @Nullable String after) {
		DemoMailServer demo = this.server.getIfAvailable();
		PageRequest page = PageRequest.of(first, after);
		if (demo == null) {
			return new DemoMailbox(false, Connection.of(List.of(), page, 0));
		}
		List<MimeMessage> all = demo.received();
		List<DemoMail> mails = new ArrayList<>();
		for (int i = page.offset(); i < Math.min(all.size(), page.offset() + page.limit()); i++) {
			mails.add(read(all.get(i)));
		}
		return new DemoMailbox(true, Connection.of(mails, page, all.size()));
	}

	static DemoMail read(MimeMessage message) {
		try {
			Instant sent = (message.getSentDate() != null) ? message.getSentDate().toInstant() : null;
			return new DemoMail(sent, addresses(message.getFrom()).stream().findFirst().orElse(""),
					addresses(message.getAllRecipients()), String.valueOf(message.getSubject()), text(message));
		}
		catch (MessagingException | IOException ex) {
			return new DemoMail(null, "", List.of(), "(unreadable)", String.valueOf(ex.getMessage()));
		}
	}

	private static List<String> addresses(Address @Nullable [] addresses) {
		return (addresses != null) ? Arrays.stream(addresses).map(DemoMailboxController::readable).toList() : List.of();
	}

	/**
	 * An address as a person reads it: the sender's name decoded ({@code toString()}
	 * keeps the header's MIME encoding, "=?utf-8?B?...?=", for a Japanese name).
	 */
	private static String readable(Address address) {
		if (address instanceof InternetAddress internet && internet.getPersonal() != null) {
			return internet.getPersonal() + " <" + internet.getAddress() + ">";
		}
		return (address instanceof InternetAddress internet) ? internet.getAddress() : address.toString();
	}

	/** The plain text of a message, or of its first plain-text part. */
	private static String text(Part part) throws MessagingException, IOException {
		if (part.isMimeType("text/plain")) {
			return String.valueOf(part.getContent());
		}
		if (part.getContent() instanceof Multipart multipart) {
			String html = null;
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				String text = text(child);
				if (!text.isEmpty()) {
					return text;
				}
				if (child.isMimeType("text/html") && html == null) {
					html = String.valueOf(child.getContent());
				}
			}
			return (html != null) ? html.replaceAll("<[^>]+>", " ").replaceAll("[ \\t]+", " ").strip() : "";
		}
		return "";
	}

	/**
	 * The demo's mailbox.
	 *
	 * @param running whether the demo's mail server runs here
	 * @param messages what it received, newest first
	 */
	record DemoMailbox(boolean running, Connection<DemoMail> messages) {
	}

	/**
	 * One received mail.
	 *
	 * @param sentAt when it was sent, if it says
	 * @param from the sender
	 * @param to the recipients
	 * @param subject the subject
	 * @param text the plain text
	 */
	record DemoMail(@Nullable Instant sentAt, String from, List<String> to, String subject, String text) {
	}

}
