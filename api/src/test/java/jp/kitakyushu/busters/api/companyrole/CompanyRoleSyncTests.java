package jp.kitakyushu.busters.api.companyrole;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long the role's upkeep waits before trying Keycloak again.
 */
class CompanyRoleSyncTests {

	@Test
	void pausesDoubleWithEveryFailedAttemptUpToAnHour() {
		Duration interval = Duration.ofSeconds(30);
		assertThat(CompanyRoleSync.pause(interval, 1)).isEqualTo(Duration.ofSeconds(30));
		assertThat(CompanyRoleSync.pause(interval, 2)).isEqualTo(Duration.ofMinutes(1));
		assertThat(CompanyRoleSync.pause(interval, 4)).isEqualTo(Duration.ofMinutes(4));
		assertThat(CompanyRoleSync.pause(interval, 7)).isEqualTo(Duration.ofMinutes(32));
		assertThat(CompanyRoleSync.pause(interval, 8)).isEqualTo(Duration.ofHours(1));
		assertThat(CompanyRoleSync.pause(interval, 1000)).isEqualTo(Duration.ofHours(1));
	}

}
