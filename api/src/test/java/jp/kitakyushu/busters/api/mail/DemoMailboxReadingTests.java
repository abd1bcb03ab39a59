package jp.kitakyushu.busters.api.mail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo mailbox shows a received mail as a person reads it, not as its headers encode
 * it.
 */
class DemoMailboxReadingTests {

	@Test
	void aJapaneseSenderNameAndSubjectAreShownDecoded() throws Exception {
		Session session = Session.getInstance(new Properties());
		MimeMessage sent = new MimeMessage(session);
		sent.setFrom(new InternetAddress("noreply@busters.example", "北九州課題快傑バスターズ", "UTF-8"));
		sent.setRecipient(RecipientType.TO, new InternetAddress("hanako@demo.busters.example", "北九 花子", "UTF-8"));
		sent.setSubject("【北九州課題快傑バスターズ】メールアドレスの確認", "UTF-8");
		sent.setText("本文", "UTF-8");
		sent.saveChanges();
		ByteArrayOutputStream wire = new ByteArrayOutputStream();
		sent.writeTo(wire);
		// As the mail server hands it over: parsed back from the bytes on the wire.
		MimeMessage received = new MimeMessage(session, new ByteArrayInputStream(wire.toByteArray()));
		assertThat(new String(wire.toByteArray(), StandardCharsets.US_ASCII)).contains("=?UTF-8?");

		DemoMailboxController.DemoMail mail = DemoMailboxController.read(received);

		assertThat(mail.from()).isEqualTo("北九州課題快傑バスターズ <noreply@busters.example>");
		assertThat(mail.to()).containsExactly("北九 花子 <hanako@demo.busters.example>");
		assertThat(mail.subject()).isEqualTo("【北九州課題快傑バスターズ】メールアドレスの確認");
		assertThat(mail.text()).isEqualTo("本文");
	}

}
