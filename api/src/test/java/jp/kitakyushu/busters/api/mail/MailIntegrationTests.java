package jp.kitakyushu.busters.api.mail;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import jp.kitakyushu.busters.api.proposal.ProposalScenario;
import jp.kitakyushu.busters.api.support.ApiIntegrationTest;
import jp.kitakyushu.busters.api.system.graphql.GlobalId;
import jp.kitakyushu.busters.api.theme.Theme;
import jp.kitakyushu.busters.api.theme.ThemeFixtures;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static jp.kitakyushu.busters.api.proposal.ProposalScenario.draft;
import static jp.kitakyushu.busters.api.proposal.ProposalScenario.shortlisted;
import static jp.kitakyushu.busters.api.proposal.ProposalScenario.step;
import static jp.kitakyushu.busters.api.proposal.ProposalScenario.themeId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * E-mail to citizens who ask for it, through the outbox and a real SMTP server (GreenMail
 * on a free port): the address comes from the token and must be verified, a write only
 * queues the mail, the dispatcher sends it once, and a mail server outage delays mail
 * without losing any.
 */
class MailIntegrationTests extends ApiIntegrationTest {

	static final String HANAKO_MAIL = "hanako@demo.busters.example";

	@Autowired
	MailDispatcher dispatcher;

	private GreenMail smtp;

	private JavaMailSenderImpl sender;

	@BeforeEach
	void startMailServer() {
		this.smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
			.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
		this.smtp.start();
		this.sender = new JavaMailSenderImpl();
		this.sender.setHost("127.0.0.1");
		this.sender.setPort(this.smtp.getSmtp().getPort());
	}

	@AfterEach
	void stopMailServer() {
		this.smtp.stop();
	}

	@Test
	void preferencesTakeTheAddressFromTheTokenAndNeverFromTheRequest() {
		JsonNode fresh = hanako().op("mail", "Preferences", Map.of()).data("myNotificationPreferences");
		assertThat(fresh.path("emailEnabled").asBoolean()).isFalse();
		assertThat(fresh.path("email").asString()).isEqualTo(HANAKO_MAIL);
		assertThat(fresh.path("emailVerified").asBoolean()).isTrue();

		JsonNode saved = hanako().op("mail", "Update", Map.of("enabled", true, "language", "ja"))
			.data("notificationPreferencesUpdate");
		assertThat(saved.path("userErrors").isEmpty()).isTrue();
		assertThat(saved.path("preferences").path("email").asString()).isEqualTo(HANAKO_MAIL);

		// The address follows the token: a changed address in Keycloak is the one used.
		Caller moved = bearing(issuer.tokenWithClaims("citizen-mail",
				Map.of("email", "hanako.new@demo.busters.example", "email_verified", true), "citizen"));
		assertThat(moved.op("mail", "Preferences", Map.of()).data("myNotificationPreferences", "email").asString())
			.isEqualTo("hanako.new@demo.busters.example");
		assertThat(this.mongo.getCollection("notification_preferences").find().first().getString("email"))
			.isEqualTo("hanako.new@demo.busters.example");
	}

	@Test
	void badChoicesAreRefusedWithAReasonAndChangeNothing() {
		assertThat(errorCode(hanako().op("mail", "Update", Map.of("enabled", true, "language", "fr"))))
			.isEqualTo("language:INVALID");
		assertThat(errorCode(citizen().op("mail", "Update", Map.of("enabled", true))))
			.isEqualTo("emailEnabled:NOT_ALLOWED");
		assertThat(this.mongo.getCollection("notification_preferences").countDocuments()).isZero();
	}

	@Test
	void publishingAProblemQueuesAMailThatTheDispatcherSendsOnce() throws Exception {
		hanako().op("mail", "Update", Map.of("enabled", true, "language", "ja"));
		String problem = submit(hanako(), "山田花子です。バス停に屋根がない");
		staff().op("problemModerate", "Publish", Map.of("id", problem));

		// The write only queued the mail.
		assertThat(this.smtp.getReceivedMessages()).isEmpty();
		Document queued = this.mongo.getCollection("mail_outbox").find().first();
		assertThat(queued.getString("to")).isEqualTo(HANAKO_MAIL);
		assertThat(queued.getString("status")).isEqualTo("PENDING");

		assertThat(this.dispatcher.sendDue(this.sender)).isOne();
		assertThat(this.dispatcher.sendDue(this.sender)).isZero();
		MimeMessage[] received = this.smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getSubject()).isEqualTo("【北九州課題快傑バスターズ】投稿が公開されました");
		assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo(HANAKO_MAIL);
		String text = GreenMailUtil.getBody(received[0]);
		assertThat(received[0].getContent().toString()).contains("バス停に屋根がない")
			.doesNotContain("花子")
			.contains("http://localhost:8080/my/problems/" + problem);
		assertThat(text).isNotEmpty();
		assertThat(this.mongo.getCollection("mail_outbox").find().first().getString("status")).isEqualTo("SENT");
	}

	@Test
	void nobodyIsMailedWhoDidNotAskOrWhoseAddressIsUnverified() {
		Caller unverified = bearing(issuer.tokenWithClaims("citizen-unverified",
				Map.of("email", "new@demo.busters.example", "email_verified", false), "citizen"));
		unverified.op("mail", "Update", Map.of("enabled", true, "language", "ja"));
		for (Caller citizen : List.of(unverified, citizenB())) {
			String problem = submit(citizen, "公園の遊具が壊れている");
			staff().op("problemModerate", "Publish", Map.of("id", problem));
		}
		assertThat(this.mongo.getCollection("mail_outbox").countDocuments()).isZero();
	}

	@Test
	void aMailServerOutageDelaysMailAndLosesNone() {
		hanako().op("mail", "Update", Map.of("enabled", true, "language", "en"));
		String problem = submit(hanako(), "The bus stop has no shelter");
		staff().op("problemModerate", "Publish", Map.of("id", problem));
		this.smtp.stop();

		assertThat(this.dispatcher.sendDue(this.sender)).isZero();
		Document waiting = this.mongo.getCollection("mail_outbox").find().first();
		assertThat(waiting.getString("status")).isEqualTo("PENDING");
		assertThat(waiting.getInteger("attempts")).isOne();
		assertThat(waiting.getString("lastError")).isNotBlank();
		assertThat(waiting.getDate("nextAttemptAt").toInstant()).isAfter(Instant.now());

		this.smtp.start();
		assertThat(this.dispatcher.sendDue(this.sender)).as("not due again yet").isZero();
		// Time passes until the next attempt.
		this.mongo.getCollection("mail_outbox")
			.updateMany(new Document(),
					new Document("$set", new Document("nextAttemptAt", java.util.Date.from(Instant.now()))));
		this.sender.setPort(this.smtp.getSmtp().getPort());
		assertThat(this.dispatcher.sendDue(this.sender)).isOne();
		MimeMessage[] received = this.smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(GreenMailUtil.getBody(received[0])).contains("The bus stop has no shelter");
		assertThat(this.mongo.getCollection("mail_outbox").find().first().getInteger("attempts")).isEqualTo(2);
	}

	@Test
	void selectingAProposalForTheProblemsThemeMailsThatItIsFunded() {
		hanako().op("mail", "Update", Map.of("enabled", true, "language", "en"));
		String problem = submit(hanako(), "Garbage day is too hard for older people");
		staff().op("problemModerate", "Publish", Map.of("id", problem));
		ThemeFixtures themes = new ThemeFixtures(this.mongo);
		Theme theme = themes.open();
		theme.setSourceProblemIds(List.of(GlobalId.idOf(problem, "Problem").orElseThrow()));
		theme = this.mongo.save(theme);
		String company = ProposalScenario.companyA(companyA(), staff());
		String proposal = shortlisted(companyA(), staff(), draft(themeId(theme), company));
		themes.close(themes.reload(theme));
		this.mongo.getCollection("mail_outbox").deleteMany(new Document());

		step(staff(), "Select", "proposalSelect", proposal, "SELECTED");

		Document funded = this.mongo.getCollection("mail_outbox").find().first();
		assertThat(funded.getString("topic")).isEqualTo("problem.FUNDED");
		assertThat(funded.getString("subject"))
			.isEqualTo("[Kitakyushu Busters] A demonstration will tackle your problem");
		assertThat(funded.getString("text")).contains("Garbage day is too hard for older people")
			.contains("A company's proposal");
	}

	@Test
	void theDemoMailboxIsForStaffAndEmptyOutsideTheDemo() {
		JsonNode mailbox = staff().op("mail", "Mailbox", Map.of()).data("demoMailbox");
		assertThat(mailbox.path("running").asBoolean()).isFalse();
		assertThat(mailbox.path("messages").path("totalCount").asInt()).isZero();
		assertThat(hanako().op("mail", "Mailbox", Map.of()).firstErrorCode()).isEqualTo("FORBIDDEN");
	}

	private Caller hanako() {
		return bearing(issuer.tokenWithClaims("citizen-mail", Map.of("email", HANAKO_MAIL, "email_verified", true),
				"citizen"));
	}

	private String submit(Caller citizen, String title) {
		return citizen
			.runNamed("problemSubmit",
					Map.of("input",
							Map.of("title", title, "body", title + "。", "category", "TRANSPORT", "ward", "MOJI")))
			.data("problemSubmit", "problem", "id")
			.asString();
	}

	private static String errorCode(jp.kitakyushu.busters.api.support.GraphQlHttp.Response response) {
		JsonNode error = response.data("notificationPreferencesUpdate", "userErrors").get(0);
		return error.path("field").get(1).asString() + ":" + error.path("code").asString();
	}

}
