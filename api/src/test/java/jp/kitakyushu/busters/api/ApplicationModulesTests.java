package jp.kitakyushu.busters.api;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * The feature packages are modules: no cycles, and none reaches into another's internals.
 */
class ApplicationModulesTests {

	@Test
	void featureModulesOnlyUseEachOthersPublicApi() {
		ApplicationModules.of(BustersApiApplication.class).verify();
	}

}
