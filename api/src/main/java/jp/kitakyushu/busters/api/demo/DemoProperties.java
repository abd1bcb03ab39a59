package jp.kitakyushu.busters.api.demo;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether to load the demo data, and who the demo accounts are.
 *
 * @param loadData load the demo data at start when it is not there yet
 * @param accounts the demo realm's users by username: their fixed Keycloak subject and
 * display name, so demo problems and companies belong to accounts people can sign in with
 */
@ConfigurationProperties("busters.demo")
record DemoProperties(@DefaultValue("false") boolean loadData, @DefaultValue Map<String, Account> accounts) {

	/**
	 * A demo account.
	 *
	 * @param subject its Keycloak subject (the realm export fixes it)
	 * @param name its display name
	 */
	record Account(String subject, String name) {
	}

}
